using System.Globalization;
using C = HccReport.Core.Diagnostics.DiagnosticCodes;

namespace HccReport.Core.Diagnostics;

/// <summary>
/// Every message template, in one place, formatted with the invariant culture. Each method builds one
/// diagnostic; callers pass values, never text.
/// </summary>
internal static class DiagnosticCatalog
{
    private static Diagnostic Error(string code, SourceLocation? location, string? suggestion, string template, params object?[] args) =>
        new(code, DiagnosticSeverity.Error, string.Format(CultureInfo.InvariantCulture, template, args), location, suggestion);

    private static Diagnostic Warning(string code, SourceLocation? location, string template, params object?[] args) =>
        new(code, DiagnosticSeverity.Warning, string.Format(CultureInfo.InvariantCulture, template, args), location);

    /// <summary>Up to five ids, then "and N more": enough to find the rows without flooding the terminal.</summary>
    public static string IdList(IReadOnlyList<string> ids)
    {
        const int Shown = 5;
        var head = string.Join(", ", ids.Take(Shown));
        return ids.Count > Shown ? string.Create(CultureInfo.InvariantCulture, $"{head} and {ids.Count - Shown} more") : head;
    }

    // Spec
    public static Diagnostic SpecFileNotFound(string path) =>
        Error(C.Spec.FileNotFound, new SpecLocation(path, 1, 1), null, "The spec file '{0}' does not exist or cannot be read.", path);
    public static Diagnostic YamlSyntax(SpecLocation at, string parserMessage) =>
        Error(C.Spec.YamlSyntax, at, null, "The YAML cannot be read: {0}", parserMessage);
    public static Diagnostic UnknownKey(SpecLocation at, string key, string where, IEnumerable<string> allowed) =>
        Error(C.Spec.UnknownKey, at, NameSuggester.DidYouMean(key, allowed), "Unknown key '{0}' in {1}.", key, where);
    public static Diagnostic MissingKey(SpecLocation at, string key, string where) =>
        Error(C.Spec.MissingKey, at, null, "{1} needs the key '{0}'.", key, where);
    public static Diagnostic WrongType(SpecLocation at, string key, string expected, string found) =>
        Error(C.Spec.WrongType, at, null, "'{0}' must be {1}, not {2}.", key, expected, found);
    public static Diagnostic InvalidValue(SpecLocation at, string key, string value, IReadOnlyList<string> allowed) =>
        Error(C.Spec.InvalidValue, at, NameSuggester.DidYouMean(value, allowed),
            "'{0}' cannot be '{1}'; allowed: {2}.", key, value, string.Join(", ", allowed));
    public static Diagnostic InvalidValue(SpecLocation at, string key, string value, string rule) =>
        Error(C.Spec.InvalidValue, at, null, "'{0}' cannot be '{1}': {2}.", key, value, rule);
    public static Diagnostic DuplicateId(SpecLocation at, string what, string id, SpecLocation first) =>
        Error(C.Spec.DuplicateId, at, null, "The {0} id '{1}' is already used at line {2}.", what, id, first.Line);
    public static Diagnostic DuplicateKey(SpecLocation at, string key) =>
        Error(C.Spec.DuplicateId, at, null, "The key '{0}' appears twice in the same mapping.", key);
    public static Diagnostic UnknownEndpoint(SpecLocation at, string name, IEnumerable<string> endpoints) =>
        Error(C.Spec.UnknownEndpoint, at, NameSuggester.DidYouMean(name, endpoints),
            "The endpoint '{0}' is not defined under 'endpoints'.", name);
    public static Diagnostic UnknownKind(SpecLocation at, string kind, IReadOnlyList<string> kinds) =>
        Error(C.Spec.UnknownKind, at, NameSuggester.DidYouMean(kind, kinds),
            "Unknown analysis kind '{0}'; kinds: {1}.", kind, string.Join(", ", kinds));
    public static Diagnostic UnknownVariable(SpecLocation at, string name, IEnumerable<string> variables) =>
        Error(C.Spec.UnknownVariable, at, NameSuggester.DidYouMean(name, variables),
            "'{0}' is neither a data column nor a derived variable.", name);
    public static Diagnostic UnknownLevel(SpecLocation at, string variable, string level, IReadOnlyList<string> levels) =>
        Error(C.Spec.UnknownLevel, at, NameSuggester.DidYouMean(level, levels),
            "'{0}' is not a level of '{1}'; its levels: {2}.", level, variable, string.Join(", ", levels));
    public static Diagnostic NotCategorical(SpecLocation at, string variable) =>
        Error(C.Spec.UnknownLevel, at, null, "'{0}' is not categorical, so it has no reference level.", variable);
    public static Diagnostic Conflict(SpecLocation at, string first, string second, string where) =>
        Error(C.Spec.Conflict, at, null, "{2} takes either '{0}' or '{1}', not both.", first, second, where);

    // Data
    public static Diagnostic DataFileNotFound(SpecLocation at, string path) =>
        Error(C.Data.FileNotFound, at, null, "The data file '{0}' does not exist or cannot be read.", path);
    public static Diagnostic UnsupportedFormat(SpecLocation at, string path) =>
        Error(C.Data.UnsupportedFormat, at, null, "'{0}' is neither a .csv nor an .xlsx file.", path);
    public static Diagnostic InvalidEncoding(DataLocation at) =>
        Error(C.Data.InvalidEncoding, at, "save the file as UTF-8 (in Excel: CSV UTF-8).",
            "The file is not valid UTF-8: the bytes at offset {0} (row {1}) are not a UTF-8 character.", at.ByteOffset, at.Row);
    public static Diagnostic EmptyFile(DataLocation at) =>
        Error(C.Data.EmptyFile, at, null, "The file is empty: it needs a header row and at least one data row.");
    public static Diagnostic NoRows(DataLocation at) =>
        Error(C.Data.NoRows, at, null, "The file has a header row but no data rows.");
    public static Diagnostic DuplicateColumn(DataLocation at, string name, int firstIndex) =>
        Error(C.Data.DuplicateColumn, at, null, "The column name '{0}' appears twice (first as column {1}).", name, firstIndex + 1);
    public static Diagnostic EmptyColumnName(DataLocation at, int index) =>
        Error(C.Data.UnnamedColumn, at, null, "Column {0} has no name in the header row.", index + 1);
    public static Diagnostic MissingColumn(SpecLocation at, string name, string role, IEnumerable<string> columns) =>
        Error(C.Data.MissingColumn, at, NameSuggester.DidYouMean(name, columns),
            "The {1} column '{0}' is not in the data.", name, role);
    public static Diagnostic DuplicateId(DataLocation at, string id, int firstRow) =>
        Error(C.Data.DuplicateId, at, null, "The id '{0}' is used twice (first in row {1}).", id, firstRow);
    public static Diagnostic MissingId(DataLocation at) =>
        Error(C.Data.MissingId, at, null, "The row has no id.");
    public static Diagnostic RaggedRow(DataLocation at, int fields, int expected) =>
        Error(C.Data.RaggedRow, at, null, "The row has {0} fields but the header has {1}.", fields, expected);
    public static Diagnostic UnbalancedQuote(DataLocation at) =>
        Error(C.Data.UnbalancedQuote, at, "close the quoted field, or double a quote inside it (\"\").",
            "A quote is not balanced in this row.");
    public static Diagnostic BadCell(DataLocation at, string value, string type, string? hint) =>
        Error(C.Data.BadCell, at, hint, "'{0}' is not a {1}.", value, type);
    public static Diagnostic MoreBadCells(DataLocation at, int more, int total) =>
        Error(C.Data.BadCell, at, "set the column's type in data.types, or on_bad_cell: missing to count them as missing.",
            "{0} more cells of this column do not fit its type ({1} in all).", more, total);
    public static Diagnostic UnlabelledValue(DataLocation at, string value, IReadOnlyList<string> codes) =>
        Error(C.Data.UnlabelledValue, at, null, "The value '{0}' has no label; labelled values: {1}.", value, string.Join(", ", codes));
    public static Diagnostic UnknownSheet(SpecLocation at, string sheet, IReadOnlyList<string> sheets) =>
        Error(C.Data.UnknownSheet, at, NameSuggester.DidYouMean(sheet, sheets),
            "The workbook has no sheet '{0}'; sheets: {1}.", sheet, string.Join(", ", sheets));
    public static Diagnostic UnreadableData(SpecLocation at, string path, string reason) =>
        Error(C.Data.Unreadable, at, null, "The data file '{0}' cannot be read: {1}", path, reason);

    // Expressions
    public static Diagnostic ExprSyntax(SpecLocation at, string expression, string reason) =>
        Error(C.Expr.Syntax, at, null, "The expression '{0}' cannot be parsed: {1}.", expression, reason);
    public static Diagnostic UnknownColumn(SpecLocation at, string name, IEnumerable<string> names) =>
        Error(C.Expr.UnknownColumn, at, NameSuggester.DidYouMean(name, names),
            "'{0}' is neither a data column nor an earlier derived variable.", name);
    public static Diagnostic UnknownFunction(SpecLocation at, string name, IEnumerable<string> functions) =>
        Error(C.Expr.UnknownFunction, at, NameSuggester.DidYouMean(name, functions), "Unknown function '{0}'.", name);
    public static Diagnostic ArgumentCount(SpecLocation at, string function, string expected, int found) =>
        Error(C.Expr.ArgumentCount, at, null, "{0}() takes {1} argument(s), not {2}.", function, expected, found);
    public static Diagnostic TypeMismatch(SpecLocation at, string what, string expected, string found, string? hint = null) =>
        Error(C.Expr.TypeMismatch, at, hint, "{0} needs {1}, not {2}.", what, expected, found);
    public static Diagnostic UnsupportedOperator(SpecLocation at, string op) =>
        Error(C.Expr.UnsupportedOperator, at, null, "The operator '{0}' is not part of HccReport expressions.", op);
    public static Diagnostic InvalidArgument(SpecLocation at, string function, string reason) =>
        Error(C.Expr.InvalidArgument, at, null, "{0}(): {1}.", function, reason);
    public static Diagnostic NotCondition(SpecLocation at, string key, string found) =>
        Error(C.Expr.NotCondition, at, "write a comparison, e.g. x == 1.",
            "'{0}' must be a condition (true/false), but the expression gives {1}.", key, found);
    public static Diagnostic ExprUnknownLevel(SpecLocation at, string variable, string level, IReadOnlyList<string> levels) =>
        Error(C.Expr.UnknownLevel, at,
            (NameSuggester.DidYouMean(level, levels) is { } guess ? guess + " " : "")
            + $"If '{level}' is a valid value that these data happen to lack, list it under data.labels.{variable}.",
            "'{0}' is not a level of '{1}', so the comparison is never true; its levels: {2}.", level, variable, string.Join(", ", levels));
    public static Diagnostic DuplicateName(SpecLocation at, string name) =>
        Error(C.Expr.DuplicateName, at, null, "'{0}' is already a data column or an earlier derived variable.", name);

    // Cohort
    public static Diagnostic CohortEmpty(SpecLocation at, int screened) =>
        Error(C.Cohort.Empty, at, null, "No row is left after inclusion and exclusion ({0} screened).", screened);
    public static Diagnostic EmptyGroup(SpecLocation at, string variable, string level) =>
        Warning(C.Cohort.EmptyGroup, at, "The level '{1}' of '{0}' has no included rows.", variable, level);

    // Endpoints
    public static Diagnostic NegativeTime(SpecLocation at, string endpoint, IReadOnlyList<string> ids) =>
        Error(C.Endpoint.NegativeTime, at, "check that the end date is after the start date.",
            "The endpoint '{0}' has a negative time in {1} row(s): id {2}.", endpoint, ids.Count, IdList(ids));
    public static Diagnostic MissingTime(SpecLocation at, string endpoint, string analysis, IReadOnlyList<string> ids) =>
        Warning(C.Endpoint.MissingTime, at, "The endpoint '{0}' has no time in {1} row(s) of analysis '{2}', which leaves them out: id {3}.",
            endpoint, ids.Count, analysis, IdList(ids));
    public static Diagnostic MissingEvent(SpecLocation at, string endpoint, string analysis, IReadOnlyList<string> ids) =>
        Warning(C.Endpoint.MissingEvent, at, "The endpoint '{0}' has no event value in {1} row(s) of analysis '{2}', which leaves them out: id {3}.",
            endpoint, ids.Count, analysis, IdList(ids));
    public static Diagnostic BadEvent(SpecLocation at, string endpoint, IReadOnlyList<string> ids, IReadOnlyList<string> values) =>
        Error(C.Endpoint.BadEvent, at, "code the event as 0/1 or true/false, or write an expression such as status == 2.",
            "The event of '{0}' must be 0/1 or true/false; {1} row(s) hold other values ({2}): id {3}.",
            endpoint, ids.Count, string.Join(", ", values.Take(5)), IdList(ids));
    public static Diagnostic EndpointWrongType(SpecLocation at, string endpoint, string part, string expected, string found) =>
        Error(C.Endpoint.WrongType, at, null, "The {1} of endpoint '{0}' must be {2}, not {3}.", endpoint, part, expected, found);

    // Analyses
    public static Diagnostic AnalysisNoRows(SpecLocation at, string analysis, string why) =>
        Error(C.Analysis.NoRows, at, "check its where condition and the missing values of its variables.",
            "The analysis '{0}' has no rows to analyse: {1}.", analysis, why);
    public static Diagnostic AnalysisNoEvents(SpecLocation at, string analysis, string what) =>
        Error(C.Analysis.NoEvents, at, "check the event or outcome definition and the where condition.",
            "The analysis '{0}' cannot be estimated: {1}.", analysis, what);
    public static Diagnostic AnalysisConstant(SpecLocation at, string analysis, string variable, string value) =>
        Error(C.Analysis.Constant, at, "remove it from the analysis or widen the where condition.",
            "In analysis '{0}', '{1}' has the single value {2} among the analysed rows, so it cannot be compared or estimated.",
            analysis, variable, value);

    public static Diagnostic AnalysisUnusableVariable(SpecLocation at, string analysis, string variable, string why, string fix) =>
        Error(C.Analysis.UnusableVariable, at, fix, "In analysis '{0}', '{1}' cannot be used: {2}.", analysis, variable, why);

    // Manuscript checks
    public static Diagnostic ExpectUnknownPath(SpecLocation at, string path, string problem) =>
        Error(C.Expect.UnknownPath, at, "paths follow results.json, e.g. analyses.<id>.groups[0].median or flow.excluded[2].n.",
            "The expect path '{0}' names nothing: {1}.", path, problem);
    public static Diagnostic ExpectInvalidRounding(SpecLocation at, string rounding) =>
        Error(C.Expect.InvalidRounding, at, null,
            "The rounding '{0}' is not one of auto, integer, p, decimals:N, percent:N.", rounding);
}
