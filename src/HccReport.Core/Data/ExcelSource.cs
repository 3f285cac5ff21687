using System.Globalization;
using System.Text;
using ExcelDataReader;
using HccReport.Core.Diagnostics;

namespace HccReport.Core.Data;

/// <summary>
/// Reads one sheet of an .xlsx workbook through ExcelDataReader. Cells arrive typed; they are turned into the
/// same invariant texts a CSV would hold (numbers round-trip, dates ISO), so both formats are typed alike.
/// </summary>
internal static class ExcelSource
{
    static ExcelSource()
    {
        // ExcelDataReader needs the legacy code pages of .NET Framework for some workbooks.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static RawTable? Read(string path, string file, string? sheet, SpecLocation sheetAt,
        IReadOnlyCollection<string> missing, DiagnosticBag diagnostics)
    {
        using var stream = System.IO.File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        if (sheet is not null)
        {
            var names = new List<string>();
            do
            {
                if (reader.Name == sheet)
                    break;
                names.Add(reader.Name);
            }
            while (reader.NextResult());
            if (reader.Name != sheet)
            {
                diagnostics.Add(DiagnosticCatalog.UnknownSheet(sheetAt, sheet, names));
                return null;
            }
        }
        if (!reader.Read())
        {
            diagnostics.Add(DiagnosticCatalog.EmptyFile(new DataLocation(file)));
            return null;
        }
        var width = reader.FieldCount;
        // Trailing empty header cells are formatting, not columns.
        while (width > 0 && string.IsNullOrWhiteSpace(Text(reader.GetValue(width - 1))))
            width--;
        if (width == 0)
        {
            diagnostics.Add(DiagnosticCatalog.EmptyFile(new DataLocation(file)));
            return null;
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var columns = new RawColumn[width];
        var ok = true;
        for (var i = 0; i < width; i++)
        {
            var name = Text(reader.GetValue(i)) ?? "";
            ok &= CsvSource.CheckName(name, i, seen, file, diagnostics);
            columns[i] = new RawColumn(name);
        }
        if (!ok)
            return null;
        var missingSet = new HashSet<string>(missing, StringComparer.Ordinal);
        var rowNumbers = new List<int>();
        var row = 1;
        var texts = new string?[width];
        while (reader.Read())
        {
            row++;
            var empty = true;
            for (var i = 0; i < width; i++)
            {
                texts[i] = i < reader.FieldCount ? Text(reader.GetValue(i)) : null;
                empty &= string.IsNullOrEmpty(texts[i]);
            }
            if (empty)
                continue;
            rowNumbers.Add(row);
            for (var i = 0; i < width; i++)
            {
                var text = texts[i] ?? "";
                if (missingSet.Contains(text) || texts[i] is null)
                    columns[i].AddMissing();
                else
                    columns[i].Add(text);
            }
        }
        if (rowNumbers.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalog.NoRows(new DataLocation(file, Row: 1)));
            return null;
        }
        return new RawTable(file, columns, rowNumbers);
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
