using System.Text;
using System.Text.Unicode;
using CsvHelper;
using HccReport.Core.Diagnostics;

namespace HccReport.Core.Data;

/// <summary>
/// Reads a CSV file through CsvHelper: UTF-8 with or without BOM (anything else is an error naming the byte),
/// comma, semicolon, tab or bar separated (detected by CsvHelper unless set), RFC 4180 quoting, surrounding
/// spaces trimmed, missing markers applied. Rows are numbered by line, the header being line 1.
/// </summary>
internal static class CsvSource
{
    /// <summary>
    /// The longest cell read, in bytes. Excel holds at most 32,767 characters in a cell; a cell of megabytes is a
    /// damaged file (a quote never closed swallows the rest of it), and decoding it would cost memory for nothing.
    /// </summary>
    public const int MaxCellBytes = 1 << 20;

    public static RawTable? Read(string path, string file, char? separator, IReadOnlyCollection<string> missing, DiagnosticBag diagnostics)
    {
        var bytes = System.IO.File.ReadAllBytes(path);
        return Parse(bytes, file, separator, missing, diagnostics);
    }

    /// <summary>Checks the bytes are UTF-8 (the first invalid byte is reported with its offset and row), then parses them.</summary>
    public static RawTable? Parse(byte[] bytes, string file, char? separator, IReadOnlyCollection<string> missing, DiagnosticBag diagnostics)
    {
        ReadOnlyMemory<byte> data = bytes;
        if (data.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || data.Span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Add(DiagnosticCatalog.Utf16(new DataLocation(file, Row: 1, ByteOffset: 0)));
            return null;
        }
        var bom = data.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        data = data[bom..];
        if (!Utf8.IsValid(data.Span))
        {
            var valid = ValidPrefix(data.Span);
            var row = 1 + data.Span[..valid].Count((byte)'\n');
            diagnostics.Add(DiagnosticCatalog.InvalidEncoding(new DataLocation(file, Row: row, ByteOffset: bom + valid), data.Span[valid]));
            return null;
        }
        if (data.Span.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n"u8) < 0)
        {
            diagnostics.Add(DiagnosticCatalog.EmptyFile(new DataLocation(file)));
            return null;
        }
        var missingSet = new HashSet<string>(missing, StringComparer.Ordinal);
        var badLines = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            PoolStrings = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record =>
            {
                if (record.Reason != CsvMalformedReason.FieldCountMismatch && badLines.Add(record.LineNumber))
                    diagnostics.Add(DiagnosticCatalog.UnbalancedQuote(new DataLocation(file, Row: (int)record.LineNumber)));
            },
        };
        using var reader = CsvReader.Create(data, options);
        if (!reader.Read())
        {
            diagnostics.Add(DiagnosticCatalog.EmptyFile(new DataLocation(file)));
            return null;
        }
        var header = Header(reader, file, diagnostics);
        if (header is null)
            return null;
        var columns = header.Select(name => new RawColumn(name)).ToArray();
        var missingLookup = missingSet.GetAlternateLookup<ReadOnlySpan<char>>();
        var chars = new char[256];
        var rowNumbers = new List<int>();
        var errorsBefore = diagnostics.ErrorCount;
        while (reader.Read())
        {
            var row = (int)reader.LineNumber;
            var count = reader.FieldCount;
            if (count != columns.Length)
            {
                // A line of spaces is an empty record once trimmed.
                if (count == 1 && reader.IsEmpty(0))
                    continue;
                if (!badLines.Contains(row))
                    diagnostics.Add(DiagnosticCatalog.RaggedRow(new DataLocation(file, Row: row), count, columns.Length));
                continue;
            }
            var tooLong = false;
            for (var i = 0; i < columns.Length; i++)
            {
                var length = reader.GetSpan(i).Length;
                if (length > MaxCellBytes)
                {
                    diagnostics.Add(DiagnosticCatalog.CellTooLong(new DataLocation(file, Row: row, Column: columns[i].Name), length, MaxCellBytes));
                    tooLong = true;
                }
            }
            if (tooLong)
                continue;
            rowNumbers.Add(row);
            for (var i = 0; i < columns.Length; i++)
            {
                // Cells are decoded into one reused buffer and interned per column: a million rows allocate only their distinct texts.
                var cell = reader.GetSpan(i);
                if (chars.Length < cell.Length)
                    chars = new char[Math.Max(cell.Length, chars.Length * 2)];
                var field = chars.AsSpan(0, Encoding.UTF8.GetChars(cell, chars));
                if (missingLookup.Contains(field))
                    columns[i].AddMissing();
                else
                    columns[i].Add(field);
            }
        }
        if (diagnostics.ErrorCount > errorsBefore)
            return null;
        if (rowNumbers.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalog.NoRows(new DataLocation(file, Row: 1)));
            return null;
        }
        return new RawTable(file, columns, rowNumbers);
    }

    /// <summary>The number of leading bytes that are valid UTF-8 (the offset of the first invalid byte).</summary>
    private static int ValidPrefix(ReadOnlySpan<byte> data)
    {
        // Decoding in slices keeps the buffer small however large the file; a sequence cut at a slice end is decoded with the next slice.
        var chars = new char[64 * 1024];
        var offset = 0;
        while (offset < data.Length)
        {
            var slice = data.Slice(offset, Math.Min(chars.Length, data.Length - offset));
            var status = Utf8.ToUtf16(slice, chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: offset + slice.Length == data.Length);
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData)
                return offset;
            if (read == 0)
                return offset;
        }
        return offset;
    }

    private static string[]? Header(CsvReader reader, string file, DiagnosticBag diagnostics)
    {
        var names = new string[reader.FieldCount];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < names.Length; i++)
        {
            if (reader.GetSpan(i).Length > MaxCellBytes)
            {
                diagnostics.Add(DiagnosticCatalog.CellTooLong(new DataLocation(file, Row: 1), reader.GetSpan(i).Length, MaxCellBytes));
                ok = false;
                continue;
            }
            names[i] = reader.GetString(i) ?? "";
            ok &= CheckName(names[i], i, seen, file, diagnostics);
        }
        return ok ? names : null;
    }

    internal static bool CheckName(string name, int index, Dictionary<string, int> seen, string file, DiagnosticBag diagnostics)
    {
        if (name.Length == 0)
        {
            diagnostics.Add(DiagnosticCatalog.EmptyColumnName(new DataLocation(file, Row: 1), index));
            return false;
        }
        if (seen.TryGetValue(name, out var first))
        {
            diagnostics.Add(DiagnosticCatalog.DuplicateColumn(new DataLocation(file, Row: 1, Column: name), name, first));
            return false;
        }
        seen[name] = index;
        return true;
    }
}
