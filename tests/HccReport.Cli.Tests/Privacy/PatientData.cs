using System.Globalization;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>
/// What identifies a patient in a data file: the id column's values and every calendar date, in the forms a report
/// could print a date (as written in the file, ISO, day/month/year with dots or slashes, month/day/year).
/// </summary>
internal sealed class PatientData
{
    private static readonly string[] DateForms = ["yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "yyyy/MM/dd", "d MMMM yyyy", "MMMM d, yyyy"];

    private PatientData(IReadOnlyList<string> ids, IReadOnlyList<string> dates)
    {
        Ids = ids;
        Dates = dates;
    }

    /// <summary>The values of the id column.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Every distinct date of the file, each in every form of <see cref="DateForms"/>.</summary>
    public IReadOnlyList<string> Dates { get; }

    /// <summary>Reads a comma-separated file without quoted fields (both test data files are).</summary>
    public static PatientData Read(string csv, string idColumn, string dateFormat)
    {
        var lines = File.ReadAllLines(csv).Where(l => l.Length > 0).ToArray();
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var idIndex = Array.IndexOf(header, idColumn);
        Assert.True(idIndex >= 0, $"{csv} has no column {idColumn}");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));

        var dates = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var cell in rows.SelectMany(r => r))
        {
            if (!DateTime.TryParseExact(cell, dateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) continue;
            dates.Add(cell);
            foreach (var form in DateForms) dates.Add(date.ToString(form, CultureInfo.InvariantCulture));
        }
        return new PatientData([.. rows.Select(r => r[idIndex])], [.. dates]);
    }

    /// <summary>Every id and date found in <paramref name="text"/>.</summary>
    public IEnumerable<string> FoundIn(string text) =>
        Ids.Concat(Dates).Where(value => text.Contains(value, StringComparison.Ordinal));
}
