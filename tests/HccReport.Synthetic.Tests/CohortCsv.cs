using System.Globalization;

namespace HccReport.Synthetic.Tests;

/// <summary>
/// The committed cohort CSV read with nothing but string splitting, so that the counts the tests
/// check come from the file itself and not from the generator or any other part of HccReport.
/// </summary>
internal sealed class CohortCsv
{
    public const string RelativePath = "config/lenvatinib-cohort-synthetic.csv";
    public static readonly DateOnly FollowUpEnd = new(2024, 2, 29);

    private static readonly Lazy<CohortCsv> Committed = new(() => Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), RelativePath))));

    /// <summary>The committed file, read once.</summary>
    public static CohortCsv Load() => Committed.Value;

    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<Row> Rows { get; }

    private CohortCsv(IReadOnlyList<string> header, IReadOnlyList<Row> rows) => (Header, Rows) = (header, rows);

    public static CohortCsv Parse(string text)
    {
        // The generator's values contain no commas or quotes, which the test below pins down.
        if (text.Contains('"') || text.Contains('\r'))
            throw new FormatException("The cohort CSV is expected to need no quoting and to use \\n line ends.");
        var lines = text.Split('\n');
        if (lines[^1] != "")
            throw new FormatException("The file should end with a line break.");
        var header = lines[0].Split(',');
        var rows = new List<Row>();
        for (int i = 1; i < lines.Length - 1; i++)
        {
            var cells = lines[i].Split(',');
            if (cells.Length != header.Length)
                throw new FormatException($"Line {i + 1} has {cells.Length} cells, the header {header.Length}.");
            rows.Add(new Row(header.Zip(cells).ToDictionary(p => p.First, p => p.Second)));
        }
        return new CohortCsv(header, rows);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HccReport.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("HccReport.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>One patient: cells by column name, with typed readers for the empty-means-missing convention.</summary>
    public sealed class Row(IReadOnlyDictionary<string, string> cells)
    {
        public string this[string column] => cells[column];

        public bool IsEmpty(string column) => cells[column].Length == 0;

        public bool Yes(string column) => cells[column] switch
        {
            "Yes" => true,
            "No" => false,
            var other => throw new FormatException($"{column} = '{other}' is not Yes/No."),
        };

        public double Number(string column) => double.Parse(cells[column], NumberStyles.Float, CultureInfo.InvariantCulture);

        public DateOnly Date(string column) => DateOnly.ParseExact(cells[column], "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public DateOnly? OptionalDate(string column) => IsEmpty(column) ? null : Date(column);

        public int DaysBetween(string from, string to) => Date(to).DayNumber - Date(from).DayNumber;
    }
}
