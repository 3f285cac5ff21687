using System.Globalization;
using System.Text;

namespace HccReport.Benchmarks;

/// <summary>
/// Synthetic survival data for benchmarks: six covariates (x1..x4 standard normal rounded to 3 decimals, x5 binary,
/// x6 = the group), exponential event times with log hazard linear in them, exponential censoring, times rounded
/// up to whole days so that ties are heavy (about 22 % censored; 2,334 distinct times at 10^6 rows), and a binary
/// outcome for logistic regression. Seeded, so every run and R read the same rows.
/// </summary>
internal sealed class BenchData
{
    /// <summary>Number of rows.</summary>
    public required int N { get; init; }

    /// <summary>Follow-up time in whole days (at least 1).</summary>
    public required double[] Time { get; init; }

    /// <summary>true = event, false = censored.</summary>
    public required bool[] Status { get; init; }

    /// <summary>Group code, 0 or 1 (also covariate x6).</summary>
    public required int[] Group { get; init; }

    /// <summary>Covariates x1..x6, n rows by 6 columns.</summary>
    public required double[,] X { get; init; }

    /// <summary>Binary outcome of the logistic model.</summary>
    public required bool[] Y { get; init; }

    /// <summary>Names of the six covariate columns, as in the CSV and bench.R's formulas.</summary>
    public static readonly string[] Columns = ["x1", "x2", "x3", "x4", "x5", "x6"];

    /// <summary>The CSV file name bench.R reads for n rows.</summary>
    public static string FileName(int n) => string.Create(CultureInfo.InvariantCulture, $"bench-{n}.csv");

    /// <summary>Draws n rows from the seeded generator (the same rows for the same n and seed in every run).</summary>
    public static BenchData Generate(int n, int seed = 20261125)
    {
        var random = new Random(seed);
        double Normal()
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }

        var beta = new[] { 0.3, -0.2, 0.1, 0.05, 0.4, 0.5 };
        var time = new double[n];
        var status = new bool[n];
        var group = new int[n];
        var x = new double[n, 6];
        var y = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var lp = 0.0;
            for (var j = 0; j < 4; j++)
            {
                x[i, j] = Math.Round(Normal(), 3);
                lp += beta[j] * x[i, j];
            }
            x[i, 4] = random.NextDouble() < 0.4 ? 1 : 0;
            group[i] = random.NextDouble() < 0.5 ? 1 : 0;
            x[i, 5] = group[i];
            lp += beta[4] * x[i, 4] + beta[5] * x[i, 5];
            var eventTime = -Math.Log(1.0 - random.NextDouble()) / (Math.Exp(lp) / 365.0);
            var censorTime = -Math.Log(1.0 - random.NextDouble()) / (1.0 / 900.0);
            var t = Math.Min(eventTime, censorTime);
            time[i] = Math.Max(1.0, Math.Ceiling(t));
            status[i] = eventTime <= censorTime;
            var p = 1.0 / (1.0 + Math.Exp(-(-0.5 + 0.8 * x[i, 0] - 0.4 * x[i, 1] + 0.6 * x[i, 4])));
            y[i] = random.NextDouble() < p;
        }
        return new BenchData { N = n, Time = time, Status = status, Group = group, X = x, Y = y };
    }

    /// <summary>
    /// Writes the rows as CSV (time,status,group,x1..x6,y). Covariates were rounded to three decimals when drawn, so
    /// the text R parses is the same double HccReport fits: both sides see identical data.
    /// </summary>
    public void WriteCsv(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("time,status,group,x1,x2,x3,x4,x5,x6,y\n");
        var line = new StringBuilder();
        for (var i = 0; i < N; i++)
        {
            line.Clear();
            line.Append(Time[i].ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Status[i] ? '1' : '0').Append(',')
                .Append(Group[i].ToString(CultureInfo.InvariantCulture));
            for (var j = 0; j < 6; j++) line.Append(',').Append(X[i, j].ToString("0.###", CultureInfo.InvariantCulture));
            line.Append(',').Append(Y[i] ? '1' : '0').Append('\n');
            writer.Write(line);
        }
    }
}
