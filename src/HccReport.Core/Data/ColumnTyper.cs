using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;

namespace HccReport.Core.Data;

/// <summary>
/// Turns raw columns into typed ones. Each distinct text is parsed once; a text that does not fit is a bad cell,
/// reported per row or set to missing and counted, as the spec says.
/// </summary>
internal sealed class ColumnTyper(string file, DataSpec spec, string[] rowIds, int[] rowNumbers, DiagnosticBag diagnostics)
{
    private readonly string[] _dateFormats = CellValue.DateFormats(spec.DateFormat);
    private readonly List<ColumnCoercion> _coercions = [];

    public IReadOnlyList<ColumnCoercion> Coercions => _coercions;

    public Column Type(RawColumn raw, ColumnType? declared, ColumnLabelsSpec? labels)
    {
        // The id column is only looked up, never modelled: its levels stay in file order (sorting a million ids costs seconds).
        if (raw.Name == spec.Id?.Name && labels is null && declared is null or ColumnType.Text or ColumnType.Categorical
            && !raw.Distinct.TrueForAll(t => CellValue.TryNumber(t, out _)))
            return Categorical(raw, sort: false, unique: true);
        if (labels is not null)
            return Labelled(raw, labels);
        return (declared ?? Infer(raw.Distinct)) switch
        {
            ColumnType.Number => Numeric(raw),
            ColumnType.Date => Dates(raw),
            ColumnType.Boolean => Booleans(raw, loose: declared is not null),
            _ => Categorical(raw, sort: true, unique: false),
        };
    }

    /// <summary>
    /// Number when every value reads as a number, or is a NaN/Inf or decimal-comma number (reported as bad cells, so
    /// the column is not silently turned into levels); then date; then true/false; else categorical.
    /// </summary>
    private ColumnType Infer(List<string> distinct)
    {
        if (distinct.TrueForAll(t => CellValue.TryNumber(t, out _) || CellValue.IsNonFinite(t) || CellValue.IsDecimalComma(t)))
            return ColumnType.Number;
        if (distinct.TrueForAll(t => CellValue.TryDate(t, _dateFormats, out _)))
            return ColumnType.Date;
        if (distinct.TrueForAll(t => CellValue.TryBoolean(t, loose: false, out _)))
            return ColumnType.Boolean;
        return ColumnType.Categorical;
    }

    private NumericColumn Numeric(RawColumn raw)
    {
        var byCode = new double[raw.Distinct.Count];
        var bad = new string?[raw.Distinct.Count];
        for (var k = 0; k < byCode.Length; k++)
        {
            var text = raw.Distinct[k];
            if (CellValue.TryNumber(text, out var value))
                byCode[k] = value;
            else
            {
                byCode[k] = double.NaN;
                bad[k] = CellValue.IsNonFinite(text) ? "NaN/Inf in a number column"
                    : CellValue.IsDecimalComma(text) ? "decimal comma in a number column"
                    : "text in a number column";
            }
        }
        var values = new double[raw.Count];
        var codes = raw.Codes;
        for (var i = 0; i < values.Length; i++)
            values[i] = codes[i] < 0 ? double.NaN : byCode[codes[i]];
        Report(raw, bad, "number", text => CellValue.IsOverflow(text)
            ? "the number is too large to be a measurement; check the cell."
            : CellValue.IsNonFinite(text)
            ? "write an empty cell or NA for a missing value; NaN and Inf are not values."
            : CellValue.IsDecimalComma(text) ? "use a point as decimal mark (1.5, not 1,5)."
            : $"write a number, or NA where the value is missing (or add '{DiagnosticCatalog.Shorten(text, 20)}' to data.missing).");
        return new NumericColumn(raw.Name, values);
    }

    private DateColumn Dates(RawColumn raw)
    {
        var byCode = new int[raw.Distinct.Count];
        var bad = new string?[raw.Distinct.Count];
        for (var k = 0; k < byCode.Length; k++)
        {
            if (CellValue.TryDate(raw.Distinct[k], _dateFormats, out var day))
                byCode[k] = day;
            else
            {
                byCode[k] = DateColumn.MissingDay;
                bad[k] = "not a date in a date column";
            }
        }
        var days = new int[raw.Count];
        var codes = raw.Codes;
        for (var i = 0; i < days.Length; i++)
            days[i] = codes[i] < 0 ? DateColumn.MissingDay : byCode[codes[i]];
        var hint = spec.DateFormat is null ? "write dates as yyyy-MM-dd, or set data.date_format." : $"write dates as yyyy-MM-dd or {spec.DateFormat}.";
        Report(raw, bad, "date", _ => hint);
        return new DateColumn(raw.Name, days);
    }

    private BooleanColumn Booleans(RawColumn raw, bool loose)
    {
        var byCode = new sbyte[raw.Distinct.Count];
        var bad = new string?[raw.Distinct.Count];
        for (var k = 0; k < byCode.Length; k++)
        {
            if (CellValue.TryBoolean(raw.Distinct[k], loose, out var value))
                byCode[k] = value ? (sbyte)1 : (sbyte)0;
            else
            {
                byCode[k] = -1;
                bad[k] = "not true/false in a boolean column";
            }
        }
        var values = new sbyte[raw.Count];
        var codes = raw.Codes;
        for (var i = 0; i < values.Length; i++)
            values[i] = codes[i] < 0 ? (sbyte)-1 : byCode[codes[i]];
        Report(raw, bad, "boolean", _ => "write true or false (or yes/no, 1/0).");
        return new BooleanColumn(raw.Name, values);
    }

    /// <param name="raw">The column.</param>
    /// <param name="sort">Sort the levels (else keep file order).</param>
    /// <param name="unique">The texts are known to be distinct (the checked id column), so a plain column needs no de-duplication.</param>
    private static CategoricalColumn Categorical(RawColumn raw, bool sort, bool unique)
    {
        var texts = raw.Distinct;
        var toText = Enumerable.Range(0, texts.Count).ToArray();
        if (raw.IsPlain && !unique)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var distinct = new List<string>();
            for (var k = 0; k < texts.Count; k++)
            {
                if (!index.TryGetValue(texts[k], out var code))
                {
                    code = distinct.Count;
                    index.Add(texts[k], code);
                    distinct.Add(texts[k]);
                }
                toText[k] = code;
            }
            texts = distinct;
        }
        var levels = sort ? LevelOrder.Sort(texts) : texts.ToArray();
        var byCode = toText;
        if (sort)
        {
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k < levels.Length; k++)
                position[levels[k]] = k;
            var textToLevel = texts.Select(text => position[text]).ToArray();
            byCode = toText.Select(t => textToLevel[t]).ToArray();
        }
        var values = new int[raw.Count];
        var codes = raw.Codes;
        for (var i = 0; i < values.Length; i++)
            values[i] = codes[i] < 0 ? CategoricalColumn.MissingCode : byCode[codes[i]];
        return new CategoricalColumn(raw.Name, values, levels);
    }

    /// <summary>Levels in the order of the labels; a value is matched to a label exactly, or as the same number ("1" and "1.0").</summary>
    private CategoricalColumn Labelled(RawColumn raw, ColumnLabelsSpec labels)
    {
        var levels = labels.Labels.Select(l => l.Label).Distinct(StringComparer.Ordinal).ToList();
        var byCode = new int[raw.Distinct.Count];
        var bad = new string?[raw.Distinct.Count];
        for (var k = 0; k < byCode.Length; k++)
        {
            var text = raw.Distinct[k];
            var match = labels.Labels.FirstOrDefault(l => l.Value == text)
                ?? labels.Labels.FirstOrDefault(l => CellValue.TryNumber(l.Value, out var a) && CellValue.TryNumber(text, out var b) && a == b);
            byCode[k] = match is null ? CategoricalColumn.MissingCode : levels.IndexOf(match.Label);
            if (match is null)
                bad[k] = "a value without a label";
        }
        var values = new int[raw.Count];
        var codes = raw.Codes;
        for (var i = 0; i < values.Length; i++)
            values[i] = codes[i] < 0 ? CategoricalColumn.MissingCode : byCode[codes[i]];
        var labelled = labels.Labels.Select(l => l.Value).ToArray();
        ReportCells(raw, bad, (at, text) => DiagnosticCatalog.UnlabelledValue(at, text, labelled));
        return new CategoricalColumn(raw.Name, values, levels);
    }

    private void Report(RawColumn raw, string?[] bad, string type, Func<string, string?> hint) =>
        ReportCells(raw, bad, (at, text) => DiagnosticCatalog.BadCell(at, text, type, hint(text)));

    private void ReportCells(RawColumn raw, string?[] bad, Func<DataLocation, string, Diagnostic> make)
    {
        if (Array.TrueForAll(bad, b => b is null))
            return;
        var codes = raw.Codes;
        if (spec.OnBadCell == BadCellPolicy.Missing)
        {
            // The values were already set to missing; count them per reason for the data-quality summary.
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < raw.Count; i++)
            {
                if (codes[i] >= 0 && bad[codes[i]] is { } reason)
                    counts[reason] = counts.GetValueOrDefault(reason) + 1;
            }
            foreach (var (reason, count) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
                _coercions.Add(new ColumnCoercion(raw.Name, count, reason));
            return;
        }
        var reported = 0;
        var total = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            if (codes[i] < 0 || bad[codes[i]] is null)
                continue;
            total++;
            if (reported++ < DataReader.MaxCellsReported)
                diagnostics.Add(make(new DataLocation(file, rowNumbers[i], rowIds[i], raw.Name), raw.Distinct[codes[i]]));
        }
        if (total > DataReader.MaxCellsReported)
            diagnostics.Add(DiagnosticCatalog.MoreBadCells(new DataLocation(file, Column: raw.Name), total - DataReader.MaxCellsReported, total));
    }
}
