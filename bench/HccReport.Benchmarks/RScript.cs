using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace HccReport.Benchmarks;

/// <summary>Runs bench.R on the data folder and reads back its times and estimates.</summary>
internal static class RScript
{
    /// <summary>The R script, copied next to the program by the project file.</summary>
    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "bench.R");

    /// <summary>
    /// Runs <c>Rscript bench.R DIR SIZES REPS</c>, letting R's progress lines through to standard error.
    /// Returns null with the reason when Rscript is not installed or the script fails.
    /// </summary>
    public static RRun? Run(string dataDirectory, IReadOnlyList<int> sizes, int reps, out string? failure)
    {
        // R's standard output is passed on to our standard error: our standard output is the Markdown report.
        var start = new ProcessStartInfo("Rscript") { UseShellExecute = false, RedirectStandardOutput = true };
        start.ArgumentList.Add(ScriptPath);
        start.ArgumentList.Add(dataDirectory);
        start.ArgumentList.Add(string.Join(',', sizes.Select(n => n.ToString(CultureInfo.InvariantCulture))));
        start.ArgumentList.Add(reps.ToString(CultureInfo.InvariantCulture));
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            failure = "Rscript was not found on the PATH";
            return null;
        }
        if (process is null)
        {
            failure = "Rscript could not be started";
            return null;
        }
        using (process)
        {
            process.OutputDataReceived += (_, line) =>
            {
                if (line.Data is not null) Console.Error.WriteLine(line.Data);
            };
            process.BeginOutputReadLine();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                failure = $"Rscript bench.R exited with code {process.ExitCode}";
                return null;
            }
        }
        failure = null;
        return new RRun(
            ReadTimes(Path.Combine(dataDirectory, "r-times.csv")),
            ReadEstimates(Path.Combine(dataDirectory, "r-estimates.csv")),
            File.ReadAllText(Path.Combine(dataDirectory, "r-version.txt")).Trim());
    }

    private static List<Timing> ReadTimes(string path) =>
        Rows(path).Select(f => new Timing(f[0], ParseInt(f[1]), ParseDouble(f[2]), ParseDouble(f[3]), ParseDouble(f[4]), ParseDouble(f[5]))).ToList();

    private static Dictionary<(int, string), double> ReadEstimates(string path) =>
        Rows(path).ToDictionary(f => (ParseInt(f[0]), f[1]), f => f[2] == "NA" ? double.NaN : ParseDouble(f[2]));

    /// <summary>The data rows of a CSV written by R's write.csv; none of bench.R's fields holds a comma or a quote.</summary>
    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Skip(1).Where(line => line.Length > 0)
            .Select(line => line.Split(',').Select(field => field.Trim('"')).ToArray());

    private static int ParseInt(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double ParseDouble(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
