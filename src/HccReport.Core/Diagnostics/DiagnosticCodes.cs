namespace HccReport.Core.Diagnostics;

/// <summary>
/// Every diagnostic code, grouped by area. Codes are stable: scripts, tests and the documentation refer to them.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>Problems in the YAML spec itself.</summary>
    public static class Spec
    {
        /// <summary>The spec file does not exist or cannot be read.</summary>
        public const string FileNotFound = "Spec.FileNotFound";
        /// <summary>The spec file is not valid UTF-8 (byte offset and position given).</summary>
        public const string InvalidEncoding = "Spec.InvalidEncoding";
        /// <summary>The YAML cannot be parsed (position from the parser).</summary>
        public const string YamlSyntax = "Spec.YamlSyntax";
        /// <summary>A key the spec vocabulary does not have.</summary>
        public const string UnknownKey = "Spec.UnknownKey";
        /// <summary>A required key is absent.</summary>
        public const string MissingKey = "Spec.MissingKey";
        /// <summary>A value of the wrong YAML shape or type (a list where a number was expected...).</summary>
        public const string WrongType = "Spec.WrongType";
        /// <summary>A value of the right type outside the allowed set or range.</summary>
        public const string InvalidValue = "Spec.InvalidValue";
        /// <summary>Two analyses, endpoints or derived variables with the same id.</summary>
        public const string DuplicateId = "Spec.DuplicateId";
        /// <summary>An analysis names an endpoint that is not defined.</summary>
        public const string UnknownEndpoint = "Spec.UnknownEndpoint";
        /// <summary>An analysis kind that does not exist.</summary>
        public const string UnknownKind = "Spec.UnknownKind";
        /// <summary>A variable name (by, covariates, rows, groups...) that is neither a data column nor a derived variable.</summary>
        public const string UnknownVariable = "Spec.UnknownVariable";
        /// <summary>A reference level that is not a level of its variable.</summary>
        public const string UnknownLevel = "Spec.UnknownLevel";
        /// <summary>Keys that cannot be used together (a flow step with both <c>when</c> and <c>split</c>).</summary>
        public const string Conflict = "Spec.Conflict";
    }

    /// <summary>Problems in the data file.</summary>
    public static class Data
    {
        /// <summary>The data file does not exist or cannot be read.</summary>
        public const string FileNotFound = "Data.FileNotFound";
        /// <summary>The file exists but cannot be read as its format (a damaged workbook...).</summary>
        public const string Unreadable = "Data.Unreadable";
        /// <summary>Neither .csv nor .xlsx.</summary>
        public const string UnsupportedFormat = "Data.UnsupportedFormat";
        /// <summary>The file is not valid UTF-8 (byte offset and row given).</summary>
        public const string InvalidEncoding = "Data.InvalidEncoding";
        /// <summary>The file has no header row.</summary>
        public const string EmptyFile = "Data.EmptyFile";
        /// <summary>The file has a header but no data rows.</summary>
        public const string NoRows = "Data.NoRows";
        /// <summary>Two columns with the same name.</summary>
        public const string DuplicateColumn = "Data.DuplicateColumn";
        /// <summary>A column without a name in the header row.</summary>
        public const string UnnamedColumn = "Data.UnnamedColumn";
        /// <summary>A column named in the spec (id, types, labels) is not in the data.</summary>
        public const string MissingColumn = "Data.MissingColumn";
        /// <summary>Two rows with the same id.</summary>
        public const string DuplicateId = "Data.DuplicateId";
        /// <summary>A row without an id.</summary>
        public const string MissingId = "Data.MissingId";
        /// <summary>A row with more or fewer fields than the header.</summary>
        public const string RaggedRow = "Data.RaggedRow";
        /// <summary>A quoted field that is never closed, or a quote inside an unquoted field.</summary>
        public const string UnbalancedQuote = "Data.UnbalancedQuote";
        /// <summary>A cell that does not fit its column's type.</summary>
        public const string BadCell = "Data.BadCell";
        /// <summary>A value with no entry in the column's <c>labels</c>.</summary>
        public const string UnlabelledValue = "Data.UnlabelledValue";
        /// <summary>The xlsx sheet named in the spec does not exist.</summary>
        public const string UnknownSheet = "Data.UnknownSheet";
    }

    /// <summary>Problems in an expression (derive, when, where, outcome, event).</summary>
    public static class Expr
    {
        /// <summary>The expression cannot be parsed.</summary>
        public const string Syntax = "Expr.Syntax";
        /// <summary>A name that is neither a column nor an earlier derived variable.</summary>
        public const string UnknownColumn = "Expr.UnknownColumn";
        /// <summary>A function we do not have.</summary>
        public const string UnknownFunction = "Expr.UnknownFunction";
        /// <summary>A function called with the wrong number of arguments.</summary>
        public const string ArgumentCount = "Expr.ArgumentCount";
        /// <summary>An operator or function applied to values of the wrong type.</summary>
        public const string TypeMismatch = "Expr.TypeMismatch";
        /// <summary>An operator NCalc parses but our expressions do not have (bit operators, like, ??...).</summary>
        public const string UnsupportedOperator = "Expr.UnsupportedOperator";
        /// <summary>A function argument of the right type with an unusable value (unsorted breaks...).</summary>
        public const string InvalidArgument = "Expr.InvalidArgument";
        /// <summary>A comparison of a categorical variable with a label that is not one of its levels.</summary>
        public const string UnknownLevel = "Expr.UnknownLevel";
        /// <summary>A condition (when, where, event...) whose value is not true/false.</summary>
        public const string NotCondition = "Expr.NotCondition";
        /// <summary>A derived variable whose name is already a column or an earlier derived variable.</summary>
        public const string DuplicateName = "Expr.DuplicateName";
    }

    /// <summary>Problems in the cohort flow.</summary>
    public static class Cohort
    {
        /// <summary>No row is left after inclusion and exclusion.</summary>
        public const string Empty = "Cohort.Empty";
        /// <summary>A group or step level with no rows (warning).</summary>
        public const string EmptyGroup = "Cohort.EmptyGroup";
    }

    /// <summary>Problems in an endpoint's time or event among the rows an analysis uses.</summary>
    public static class Endpoint
    {
        /// <summary>A time below zero (the end date before the start date).</summary>
        public const string NegativeTime = "Endpoint.NegativeTime";
        /// <summary>Rows with a missing time (warning: counted and left out of that analysis).</summary>
        public const string MissingTime = "Endpoint.MissingTime";
        /// <summary>Rows with a missing event (warning: counted and left out of that analysis).</summary>
        public const string MissingEvent = "Endpoint.MissingEvent";
        /// <summary>An event value other than 0/1 or true/false.</summary>
        public const string BadEvent = "Endpoint.BadEvent";
        /// <summary>A time that is not a number (a date column used as a time...).</summary>
        public const string WrongType = "Endpoint.WrongType";
    }

    /// <summary>Problems an analysis meets in its rows (too few, no events, a model that cannot be fitted).</summary>
    public static class Analysis
    {
        /// <summary>An analysis has no rows left after its where subset and missing values.</summary>
        public const string NoRows = "Analysis.NoRows";
        /// <summary>A model has no events (Cox) or no outcome of one kind (logistic), so nothing can be estimated.</summary>
        public const string NoEvents = "Analysis.NoEvents";
        /// <summary>A grouping or covariate column with a single value among the analysed rows.</summary>
        public const string Constant = "Analysis.Constant";
        /// <summary>A column that cannot enter a model or table as asked (a date as a covariate, a text column with hundreds of values...).</summary>
        public const string UnusableVariable = "Analysis.UnusableVariable";
        /// <summary>A statistic that does not exist for these rows (warning): a log-rank test with zero variance.</summary>
        public const string NotComputable = "Analysis.NotComputable";
    }

    /// <summary>Problems found while fitting a model.</summary>
    public static class Model
    {
        /// <summary>A covariate that is a linear combination of others among the analysed rows.</summary>
        public const string Collinear = "Model.Collinear";
        /// <summary>Complete or quasi-complete separation in a logistic model (warning).</summary>
        public const string Separation = "Model.Separation";
    }

    /// <summary>Problems in the <c>expect</c> entries that check a manuscript's printed values.</summary>
    public static class Expect
    {
        /// <summary>The path names nothing in results.json.</summary>
        public const string UnknownPath = "Expect.UnknownPath";
        /// <summary>The rounding rule is not one of auto, integer, p, decimals:N, percent:N.</summary>
        public const string InvalidRounding = "Expect.InvalidRounding";
    }
}
