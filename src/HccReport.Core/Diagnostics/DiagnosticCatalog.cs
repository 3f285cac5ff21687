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
        var head = string.Join(", ", ids.Take(Shown).Select(id => Shorten(id)));
        return ids.Count > Shown ? string.Create(CultureInfo.InvariantCulture, $"{head} and {ids.Count - Shown} more") : head;
    }

    /// <summary>
    /// A user's text (a cell, a key, an expression) as a message quotes it: control characters made visible and the
    /// text cut to <paramref name="max"/> characters with its length, so a damaged file cannot flood the terminal or
    /// break the one-line-per-problem format that editors and CI read.
    /// </summary>
    public static string Shorten(string text, int max = 60)
    {
        ArgumentNullException.ThrowIfNull(text);
        var visible = new System.Text.StringBuilder(Math.Min(text.Length, max) + 16);
        foreach (var c in text.Length > max ? text.AsSpan(0, max) : text.AsSpan())
        {
            visible.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }
        if (text.Length > max)
            visible.Append(string.Create(CultureInfo.InvariantCulture, $"... ({text.Length} characters)"));
        return visible.ToString();
    }

    /// <summary>"did you mean 'x'?" when a name is close; else the names there are, so the message always names a way out.</summary>
    private static string? MeanOrList(string name, IEnumerable<string> candidates, string what)
    {
        var list = candidates.ToArray();
        if (NameSuggester.DidYouMean(name, list) is { } mean)
            return mean;
        if (list.Length == 0)
            return null;
        const int Shown = 12;
        var names = string.Join(", ", list.Take(Shown).Select(n => Shorten(n, 40)));
        return list.Length > Shown
            ? string.Create(CultureInfo.InvariantCulture, $"{what}: {names} and {list.Length - Shown} more.")
            : $"{what}: {names}.";
    }

    // Spec
    public static Diagnostic SpecFileNotFound(string path) =>
        Error(C.Spec.FileNotFound, new SpecLocation(path, 1, 1), "check the path; a relative path is read from the current folder.",
            "The spec file '{0}' does not exist or cannot be read.", path);
    public static Diagnostic SpecIsFolder(string path) =>
        Error(C.Spec.FileNotFound, new SpecLocation(path, 1, 1), "give the path of the .yaml file inside it.",
            "'{0}' is a folder, not a spec file.", path);
    public static Diagnostic SpecInvalidEncoding(SpecLocation at, long offset, byte value) =>
        Error(C.Spec.InvalidEncoding, at, "save the spec as UTF-8 (most editors offer it under 'Save as' or 'Encoding').",
            "The spec is not valid UTF-8: byte 0x{1:X2} at offset {0} is not a UTF-8 character.", offset, value);
    public static Diagnostic YamlSyntax(SpecLocation at, string message, string? fix) =>
        Error(C.Spec.YamlSyntax, at, fix, "The YAML cannot be read: {0}", message);
    public static Diagnostic SeveralDocuments(SpecLocation at, int count) =>
        Error(C.Spec.YamlSyntax, at, "remove the '---' line and keep every key in one document.",
            "The spec holds {0} YAML documents separated by '---'; a spec is one document, and the others would be ignored.", count);
    public static Diagnostic TooDeep(SpecLocation at, int limit) =>
        Error(C.Spec.YamlSyntax, at, "a spec needs only a few levels; check for brackets that are never closed.",
            "The YAML is nested more than {0} levels deep.", limit);
    public static Diagnostic UnknownKey(SpecLocation at, string key, string where, IEnumerable<string> allowed) =>
        Error(C.Spec.UnknownKey, at, MeanOrList(key, allowed, "keys here"), "Unknown key '{0}' in {1}.", Shorten(key), where);
    public static Diagnostic KeyOfAnotherKind(SpecLocation at, string key, string kind, IReadOnlyList<string> kinds) =>
        Error(C.Spec.UnknownKey, at, "remove it, or change 'kind' if you meant another analysis.",
            "The key '{0}' belongs to {1} analyses, not to a {2} analysis.", key, string.Join(", ", kinds), kind);
    public static Diagnostic MissingKey(SpecLocation at, string key, string where, string? fix = null) =>
        Error(C.Spec.MissingKey, at, fix, "{1} needs the key '{0}'.", key, where);
    public static Diagnostic WrongType(SpecLocation at, string key, string expected, string found, string? fix = null) =>
        Error(C.Spec.WrongType, at, fix, "'{0}' must be {1}, not {2}.", key, expected, found);
    public static Diagnostic InvalidValue(SpecLocation at, string key, string value, IReadOnlyList<string> allowed) =>
        Error(C.Spec.InvalidValue, at, NameSuggester.DidYouMean(value, allowed),
            "'{0}' cannot be '{1}'; allowed: {2}.", key, Shorten(value), string.Join(", ", allowed));
    public static Diagnostic InvalidValue(SpecLocation at, string key, string value, string rule) =>
        Error(C.Spec.InvalidValue, at, null, "'{0}' cannot be '{1}': {2}.", key, Shorten(value), rule);
    public static Diagnostic DuplicateId(SpecLocation at, string what, string id, SpecLocation first) =>
        Error(C.Spec.DuplicateId, at, "give each one its own id.", "The {0} id '{1}' is already used at line {2}.", what, Shorten(id), first.Line);
    public static Diagnostic DuplicateKey(SpecLocation at, string key) =>
        Error(C.Spec.DuplicateId, at, "keep one of them, or rename one.", "The key '{0}' appears twice in the same mapping.", Shorten(key));
    public static Diagnostic UnknownEndpoint(SpecLocation at, string name, IEnumerable<string> endpoints) =>
        Error(C.Spec.UnknownEndpoint, at, MeanOrList(name, endpoints, "endpoints defined") ?? "define it under 'endpoints' (time and event).",
            "The endpoint '{0}' is not defined under 'endpoints'.", Shorten(name));
    public static Diagnostic UnknownKind(SpecLocation at, string kind, IReadOnlyList<string> kinds) =>
        Error(C.Spec.UnknownKind, at, NameSuggester.DidYouMean(kind, kinds),
            "Unknown analysis kind '{0}'; kinds: {1}.", Shorten(kind), string.Join(", ", kinds));
    public static Diagnostic UnknownVariable(SpecLocation at, string name, IEnumerable<string> variables) =>
        Error(C.Spec.UnknownVariable, at, MeanOrList(name, variables, "columns and derived variables"),
            "'{0}' is neither a data column nor a derived variable.", Shorten(name));
    public static Diagnostic UnknownLevel(SpecLocation at, string variable, string level, IReadOnlyList<string> levels) =>
        Error(C.Spec.UnknownLevel, at, NameSuggester.DidYouMean(level, levels),
            "'{0}' is not a level of '{1}'; its levels: {2}.", Shorten(level), variable, string.Join(", ", levels.Take(20).Select(l => Shorten(l, 40))));
    public static Diagnostic NotCategorical(SpecLocation at, string variable) =>
        Error(C.Spec.UnknownLevel, at, $"remove the reference, or set data.types.{variable}: categorical.",
            "'{0}' is not categorical, so it has no reference level.", variable);
    public static Diagnostic Conflict(SpecLocation at, string first, string second, string where) =>
        Error(C.Spec.Conflict, at, "keep one of them; write two steps for both.", "{2} takes either '{0}' or '{1}', not both.", first, second, where);

    // Data
    public static Diagnostic DataFileNotFound(SpecLocation at, string path, string folder, IEnumerable<string> nearby)
    {
        var files = nearby.Order(StringComparer.Ordinal).ToArray();
        var fix = NameSuggester.DidYouMean(Path.GetFileName(path), files)
            ?? (files.Length == 0
                ? $"the path is read from the spec's folder, {folder}."
                : $"the path is read from the spec's folder, {folder}, which holds {string.Join(", ", files.Take(8).Select(f => Shorten(f, 40)))}.");
        return Error(C.Data.FileNotFound, at, fix, "The data file '{0}' does not exist or cannot be read.", path);
    }
    public static Diagnostic DataIsFolder(SpecLocation at, string path) =>
        Error(C.Data.FileNotFound, at, "set data.path to the .csv or .xlsx file inside it.",
            "The data path '{0}' is a folder, not a file.", path);
    public static Diagnostic UnsupportedFormat(SpecLocation at, string path) =>
        Error(C.Data.UnsupportedFormat, at,
            Path.GetExtension(path).ToLowerInvariant() == ".xls"
                ? "open it in Excel and save it as .xlsx (Excel Workbook)."
                : "export the data as CSV UTF-8 or as an Excel .xlsx workbook.",
            "'{0}' is neither a .csv nor an .xlsx file.", path);
    public static Diagnostic InvalidEncoding(DataLocation at, byte value) =>
        Error(C.Data.InvalidEncoding, at, "save the file as UTF-8 (in Excel: CSV UTF-8).",
            "The file is not valid UTF-8: byte 0x{2:X2} at offset {0} (row {1}) is not a UTF-8 character.", at.ByteOffset, at.Row, value);
    public static Diagnostic Utf16(DataLocation at) =>
        Error(C.Data.InvalidEncoding, at, "save the file as UTF-8 (in Excel: CSV UTF-8).",
            "The file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8.");
    public static Diagnostic EmptyFile(DataLocation at) =>
        Error(C.Data.EmptyFile, at, "export the data again with a header row of column names.",
            "The file is empty: it needs a header row and at least one data row.");
    public static Diagnostic NoRows(DataLocation at) =>
        Error(C.Data.NoRows, at, "export the data again with its rows, or check data.path names the right file.",
            "The file has a header row but no data rows.");
    public static Diagnostic DuplicateColumn(DataLocation at, string name, int firstIndex) =>
        Error(C.Data.DuplicateColumn, at, "rename one of them in the header row.",
            "The column name '{0}' appears twice (first as column {1}).", Shorten(name), firstIndex + 1);
    public static Diagnostic EmptyColumnName(DataLocation at, int index) =>
        Error(C.Data.UnnamedColumn, at, "give it a name in the header row, or delete the column.",
            "Column {0} has no name in the header row.", index + 1);
    public static Diagnostic MissingColumn(SpecLocation at, string name, string role, IEnumerable<string> columns) =>
        Error(C.Data.MissingColumn, at, MeanOrList(name, columns, "the data's columns"),
            "The {1} column '{0}' is not in the data.", Shorten(name), role);
    public static Diagnostic DuplicateId(DataLocation at, string id, int firstRow) =>
        Error(C.Data.DuplicateId, at, "ids must be unique: correct the id, or remove the repeated row.",
            "The id '{0}' is used twice (first in row {1}).", Shorten(id), firstRow);
    public static Diagnostic MissingId(DataLocation at) =>
        Error(C.Data.MissingId, at, "give the row an id, or remove data.id to name rows by their row number.", "The row has no id.");
    public static Diagnostic RaggedRow(DataLocation at, int fields, int expected) =>
        Error(C.Data.RaggedRow, at, "quote a value that holds the separator (\"Smith, J\"), and check for a missing or extra separator.",
            "The row has {0} fields but the header has {1}.", fields, expected);
    public static Diagnostic UnbalancedQuote(DataLocation at) =>
        Error(C.Data.UnbalancedQuote, at, "close the quoted field, or double a quote inside it (\"\").",
            "A quote is not balanced in this row.");
    public static Diagnostic CellTooLong(DataLocation at, long bytes, long limit) =>
        Error(C.Data.Unreadable, at, "the file is probably damaged: look for a quote that is never closed, or a file that is not a table.",
            "The cell holds {0} bytes; cells longer than {1} bytes are not read.", bytes, limit);
    public static Diagnostic BadCell(DataLocation at, string value, string type, string? hint) =>
        Error(C.Data.BadCell, at, hint, "'{0}' is not a {1}.", Shorten(value), type);
    public static Diagnostic MoreBadCells(DataLocation at, int more, int total) =>
        Error(C.Data.BadCell, at, "set the column's type in data.types, or on_bad_cell: missing to count them as missing.",
            "{0} more cells of this column do not fit its type ({1} in all).", more, total);
    public static Diagnostic UnlabelledValue(DataLocation at, string value, IReadOnlyList<string> codes) =>
        Error(C.Data.UnlabelledValue, at, $"add it under data.labels.{at.Column}, or set on_bad_cell: missing.",
            "The value '{0}' has no label; labelled values: {1}.", Shorten(value), string.Join(", ", codes.Select(c => Shorten(c, 40))));
    public static Diagnostic UnknownSheet(SpecLocation at, string sheet, IReadOnlyList<string> sheets) =>
        Error(C.Data.UnknownSheet, at, NameSuggester.DidYouMean(sheet, sheets),
            "The workbook has no sheet '{0}'; sheets: {1}.", Shorten(sheet), string.Join(", ", sheets));
    public static Diagnostic UnreadableData(SpecLocation at, string path, string reason) =>
        Error(C.Data.Unreadable, at,
            Path.GetExtension(path).ToLowerInvariant() == ".xlsx"
                ? "open it in Excel and save it as an Excel Workbook (.xlsx); a CSV file must end in .csv."
                : "open it in a spreadsheet and export it again as CSV UTF-8.",
            "The data file '{0}' cannot be read: {1}", path, Shorten(reason, 200));

    // Expressions
    public static Diagnostic ExprSyntax(SpecLocation at, string expression, string reason, string? fix = null) =>
        Error(C.Expr.Syntax, at, fix ?? "check the text at this column: texts need quotes ('A'), names with spaces need brackets ([tumour size]).",
            "The expression '{0}' cannot be parsed: {1}.", Shorten(expression, 80), reason);
    public static Diagnostic EmptyExpression(SpecLocation at, string key) =>
        Error(C.Expr.Syntax, at, "write an expression, e.g. age > 18, or remove the key.", "'{0}' is empty.", key);
    public static Diagnostic ExpressionTooDeep(SpecLocation at, string expression, int limit) =>
        Error(C.Expr.Syntax, at, "split it into derived variables (derive:) used by name.",
            "The expression '{0}' is nested more than {1} levels deep.", Shorten(expression, 80), limit);
    public static Diagnostic UnknownColumn(SpecLocation at, string name, IEnumerable<string> names) =>
        Error(C.Expr.UnknownColumn, at, MeanOrList(name, names, "columns and derived variables"),
            "'{0}' is neither a data column nor an earlier derived variable.", Shorten(name));
    public static Diagnostic UnknownFunction(SpecLocation at, string name, IEnumerable<string> functions) =>
        Error(C.Expr.UnknownFunction, at, MeanOrList(name, functions, "functions"), "Unknown function '{0}'.", Shorten(name));
    public static Diagnostic ArgumentCount(SpecLocation at, string function, string expected, int found) =>
        Error(C.Expr.ArgumentCount, at, null, "{0}() takes {1} argument(s), not {2}.", function, expected, found);
    public static Diagnostic TypeMismatch(SpecLocation at, string what, string expected, string found, string? hint = null) =>
        Error(C.Expr.TypeMismatch, at, hint, "{0} needs {1}, not {2}.", what, expected, found);
    public static Diagnostic UnsupportedOperator(SpecLocation at, string op) =>
        Error(C.Expr.UnsupportedOperator, at, "operators: == != < <= > >= and or not + - * / in.",
            "The operator '{0}' is not part of HccReport expressions.", op);
    public static Diagnostic InvalidArgument(SpecLocation at, string function, string reason) =>
        Error(C.Expr.InvalidArgument, at, null, "{0}(): {1}.", function, reason);
    public static Diagnostic NotCondition(SpecLocation at, string key, string found) =>
        Error(C.Expr.NotCondition, at, "write a comparison, e.g. x == 1.",
            "'{0}' must be a condition (true/false), but the expression gives {1}.", key, found);
    public static Diagnostic ExprUnknownLevel(SpecLocation at, string variable, string level, IReadOnlyList<string> levels) =>
        Error(C.Expr.UnknownLevel, at,
            (NameSuggester.DidYouMean(level, levels) is { } guess ? guess + " " : "")
            + $"If '{Shorten(level)}' is a valid value that these data happen to lack, list it under data.labels.{variable}.",
            "'{0}' is not a level of '{1}', so the comparison is never true; its levels: {2}.", Shorten(level), variable,
            string.Join(", ", levels.Take(20).Select(l => Shorten(l, 40))));
    public static Diagnostic DuplicateName(SpecLocation at, string name) =>
        Error(C.Expr.DuplicateName, at, "give the derived variable another name.", "'{0}' is already a data column or an earlier derived variable.", name);

    // Cohort
    public static Diagnostic CohortEmpty(SpecLocation at, int screened, string breakdown) =>
        Error(C.Cohort.Empty, at, "check the conditions: a criterion whose value is missing counts as not met.",
            "No row is left after inclusion and exclusion ({0} screened; {1}).", screened, breakdown);
    public static Diagnostic EmptyGroup(SpecLocation at, string variable, string level) =>
        Warning(C.Cohort.EmptyGroup, at, "The level '{1}' of '{0}' has no included rows.", variable, Shorten(level));

    // Endpoints
    public static Diagnostic NegativeTime(SpecLocation at, string endpoint, IReadOnlyList<string> ids) =>
        Error(C.Endpoint.NegativeTime, at, "check that the end date is after the start date.",
            "The endpoint '{0}' has a negative time in {1} row(s): id {2}.", endpoint, ids.Count, IdList(ids));
    public static Diagnostic MissingTime(SpecLocation at, string endpoint, string analysis, IReadOnlyList<string> ids) =>
        Warning(C.Endpoint.MissingTime, at, "The endpoint '{0}' has no time in {1} row(s) of analysis '{2}', which leaves them out.",
            endpoint, ids.Count, analysis) with { RowIds = IdList(ids) };
    public static Diagnostic MissingEvent(SpecLocation at, string endpoint, string analysis, IReadOnlyList<string> ids) =>
        Warning(C.Endpoint.MissingEvent, at, "The endpoint '{0}' has no event value in {1} row(s) of analysis '{2}', which leaves them out.",
            endpoint, ids.Count, analysis) with { RowIds = IdList(ids) };
    public static Diagnostic BadEvent(SpecLocation at, string endpoint, IReadOnlyList<string> ids, IReadOnlyList<string> values) =>
        Error(C.Endpoint.BadEvent, at, "code the event as 0/1 or true/false, or write an expression such as status == 2.",
            "The event of '{0}' must be 0/1 or true/false; {1} row(s) hold other values ({2}): id {3}.",
            endpoint, ids.Count, string.Join(", ", values.Take(5)), IdList(ids));
    public static Diagnostic EndpointWrongType(SpecLocation at, string endpoint, string part, string expected, string found, string? fix = null) =>
        Error(C.Endpoint.WrongType, at, fix, "The {1} of endpoint '{0}' must be {2}, not {3}.", endpoint, part, expected, found);

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

    public static Diagnostic LogRankNotComputable(SpecLocation at, string analysis) =>
        Warning(C.Analysis.NotComputable, at,
            "In analysis '{0}', the curves cannot be compared: the log-rank variance is zero (no event time has patients at risk in more than one group).",
            analysis);
    public static Diagnostic ModelCollinear(SpecLocation at, string analysis, string column, IReadOnlyList<string> others) =>
        Error(C.Model.Collinear, at, $"remove one of {string.Join(", ", others.Append(column).Select(n => "'" + n + "'"))} from the covariates.",
            "In analysis '{0}', '{1}' is a linear combination of {2} among the analysed rows, so its effect cannot be separated from theirs.",
            analysis, column, string.Join(", ", others.Select(n => "'" + n + "'")));
    public static Diagnostic ModelSeparation(SpecLocation at, string analysis, string detail) =>
        Warning(C.Model.Separation, at,
            "In analysis '{0}', {1} The affected odds ratios are shown as not estimable; a penalised (Firth) model would estimate them.",
            analysis, detail);

    // Manuscript checks
    public static Diagnostic ExpectUnknownPath(SpecLocation at, string path, string problem) =>
        Error(C.Expect.UnknownPath, at, "paths follow results.json, e.g. analyses.<id>.groups[0].median or flow.excluded[2].n.",
            "The expect path '{0}' names nothing: {1}.", Shorten(path, 120), problem);
    public static Diagnostic ExpectUnknownAnalysis(SpecLocation at, string path, string id, IEnumerable<string> ids) =>
        Error(C.Expect.UnknownPath, at, MeanOrList(id, ids, "analysis ids"),
            "The expect path '{0}' names nothing: no analysis has the id '{1}'.", Shorten(path, 120), Shorten(id));
    public static Diagnostic ExpectInvalidRounding(SpecLocation at, string rounding) =>
        Error(C.Expect.InvalidRounding, at, null,
            "The rounding '{0}' is not one of auto, integer, p, decimals:N, percent:N.", Shorten(rounding));
}
