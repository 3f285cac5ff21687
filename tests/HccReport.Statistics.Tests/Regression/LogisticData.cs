using System.Globalization;
using HccReport.Statistics.Tests.Reference;

namespace HccReport.Statistics.Tests.Regression;

/// <summary>
/// Builds the designs that tests/reference/logistic.R fits, from the same CSV files and with the same
/// derived columns (grade3 = [grade == 3], size20_50 = [size == "20-50"], ...).
/// </summary>
internal static class LogisticData
{
    public static (bool[] Y, double[,] X) Design(string data, string outcome, IReadOnlyList<string> columns)
    {
        var (header, rows) = ReferenceFixture.Data(data);
        var y = rows.Select(r => Value(header, r, outcome) == 1.0).ToArray();
        var x = new double[rows.Length, columns.Count];
        for (var i = 0; i < rows.Length; i++)
            for (var j = 0; j < columns.Count; j++)
                x[i, j] = Value(header, rows[i], columns[j]);
        return (y, x);
    }

    private static double Value(string[] header, string[] row, string column)
    {
        string Raw(string name)
        {
            var j = Array.IndexOf(header, name);
            if (j < 0) throw new ArgumentException($"no column {name}");
            return row[j];
        }
        double Num(string name) => double.Parse(Raw(name), CultureInfo.InvariantCulture);
        return column switch
        {
            "grade2" => Num("grade") == 2 ? 1 : 0,
            "grade3" => Num("grade") == 3 ? 1 : 0,
            "size20_50" => Raw("size") == "20-50" ? 1 : 0,
            "size_gt50" => Raw("size") == ">50" ? 1 : 0,
            "sex1" => Num("sex") == 2 ? 1 : 0,
            "ph_ecog1" => Num("ph.ecog") == 0 ? 1 : 0,
            "ph_ecog2" => Num("ph.ecog") == 1 ? 1 : 0,
            _ => Num(column),
        };
    }
}
