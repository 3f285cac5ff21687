using System.Globalization;
using System.Text;

namespace HccReport.Benchmarks;

/// <summary>Formats a <see cref="BenchRun"/> as Markdown: the machine, the table of times and ratios, agreement with R.</summary>
internal static class MarkdownReport
{
    /// <summary>Required speed-up over R at the largest size (issue 2).</summary>
    private const double TargetRatio = 10;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(BenchRun run)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line(run.R is null ? "## HccReport kernels (R not run)" : "## HccReport kernels against R");
        Line();
        Line(I($"- date: {run.Started.UtcDateTime:yyyy-MM-dd HH:mm} UTC; whole run {run.TotalSeconds:0} s"));
        Line(I($"- machine: {MachineDescription.Cores} cores, {MachineDescription.Processor}; {MachineDescription.OperatingSystem}"));
        Line(I($"- load average (1 / 5 / 15 min): {Describe(run.LoadAtStart)} at start, {Describe(run.LoadAtEnd)} at end"));
        Line(I($"- HccReport: {MachineDescription.Runtime}, in-process, median of {run.Options.Repetitions} runs after a warm-up (full GC before each)"));
        Line(run.R is null
            ? I($"- R: not run ({run.RNotRun}); HccReport's times only")
            : I($"- R: {run.R.Version}, Rscript bench/bench.R on the same CSVs, median of {run.Options.Repetitions} `system.time(gcFirst = TRUE)` after a warm-up"));
        Line();

        var withR = run.R is not null;
        Line(withR
            ? "| kernel | n | HccReport s | R s | R / HccReport | growth HccReport | growth R | largest rel. diff vs R |"
            : "| kernel | n | HccReport s | growth HccReport |");
        Line(withR ? "|---|---:|---:|---:|---:|---:|---:|---:|" : "|---|---:|---:|---:|");
        foreach (var kernel in run.Kernels)
        {
            Timing? previous = null;
            Timing? previousR = null;
            foreach (var n in run.Options.Sizes)
            {
                var ours = run.Times.Single(t => t.Kernel == kernel.Name && t.N == n);
                var growth = Growth(previous, ours);
                if (run.R is null)
                {
                    Line(I($"| {kernel.Name} | {Size(n)} | {Seconds(ours.Median)} | {growth} |"));
                }
                else
                {
                    var theirs = run.R.Times.SingleOrDefault(t => t.Kernel == kernel.Name && t.N == n);
                    var ratio = theirs is null ? "–" : Ratio(theirs.Median / ours.Median);
                    var agreement = Agreement.Compare(run.Estimates[(kernel.Name, n)], n, run.R.Estimates);
                    Line(I($"| {kernel.Name} | {Size(n)} | {Seconds(ours.Median)} | {(theirs is null ? "–" : Seconds(theirs.Median))} | {ratio} | {growth} | {Growth(previousR, theirs)} | {Difference(agreement)} |"));
                    previousR = theirs;
                }
                previous = ours;
            }
        }
        Line();
        Line("Growth is the exponent b in t ∝ n^b between a size and the previous one, log(t2/t1) / log(n2/n1):");
        Line("1 is linear; n log n from 10^5 to 10^6 gives 1 + log10(log(10^6) / log(10^5)) = 1.08.");
        Line();

        Line("Load check: elapsed range of the timed repetitions, and median CPU seconds (all threads; R: user + system).");
        Line("Elapsed time counts waiting for a core on a busy machine, CPU time does not. HccReport's logistic fit splits");
        Line("its rows over the cores above 200,000 rows x columns, so there its CPU time exceeds its elapsed time;");
        Line("R's fits are single-threaded.");
        Line();
        Line(withR
            ? "| kernel | n | HccReport min – max s | R min – max s | HccReport CPU s | R CPU s | R / HccReport CPU |"
            : "| kernel | n | HccReport min – max s | HccReport CPU s |");
        Line(withR ? "|---|---:|---:|---:|---:|---:|---:|" : "|---|---:|---:|---:|");
        foreach (var kernel in run.Kernels)
        {
            foreach (var n in run.Options.Sizes)
            {
                var ours = run.Times.Single(t => t.Kernel == kernel.Name && t.N == n);
                var theirs = run.R?.Times.SingleOrDefault(t => t.Kernel == kernel.Name && t.N == n);
                var oursRange = I($"{Seconds(ours.Min)} – {Seconds(ours.Max)}");
                if (!withR)
                    Line(I($"| {kernel.Name} | {Size(n)} | {oursRange} | {Seconds(ours.CpuMedian)} |"));
                else if (theirs is null)
                    Line(I($"| {kernel.Name} | {Size(n)} | {oursRange} | – | {Seconds(ours.CpuMedian)} | – | – |"));
                else
                    Line(I($"| {kernel.Name} | {Size(n)} | {oursRange} | {Seconds(theirs.Min)} – {Seconds(theirs.Max)} | {Seconds(ours.CpuMedian)} | {Seconds(theirs.CpuMedian)} | {Ratio(theirs.CpuMedian / ours.CpuMedian)} |"));
            }
        }
        Line();

        if (run.R is not null) Summarise(run, run.R, Line);
        return text.ToString();
    }

    private static void Summarise(BenchRun run, RRun r, Action<string> line)
    {
        var largestN = run.Options.Sizes[^1];
        var verdicts = new List<string>();
        foreach (var kernel in run.Kernels)
        {
            var ours = run.Times.Single(t => t.Kernel == kernel.Name && t.N == largestN);
            var theirs = r.Times.SingleOrDefault(t => t.Kernel == kernel.Name && t.N == largestN);
            if (theirs is null) continue;
            var ratio = theirs.Median / ours.Median;
            verdicts.Add(I($"{kernel.Name} {Ratio(ratio)} {(ratio >= TargetRatio ? "(met)" : "(MISSED)")}"));
        }
        line(I($"Target: at least {TargetRatio}× faster than R at n = {Size(largestN)}: {string.Join("; ", verdicts)}."));

        Agreement? worst = null;
        var worstAt = (Kernel: "", N: 0);
        var missing = 0;
        foreach (var ((kernel, n), estimates) in run.Estimates)
        {
            var agreement = Agreement.Compare(estimates, n, r.Estimates);
            missing += agreement.MissingInR;
            if (worst is null || agreement.LargestRelativeDifference > worst.LargestRelativeDifference)
            {
                worst = agreement;
                worstAt = (kernel, n);
            }
        }
        var compared = run.Estimates.Sum(e => Agreement.Compare(e.Value, e.Key.N, r.Estimates).Compared);
        if (worst is not null)
            line(I(
                $"Agreement: {compared} estimates compared with R's (coefficients, standard errors, log-likelihood, concordance, deviance, log-rank chi-square and expected counts, KM medians with limits, S(365) with limits); largest relative difference {Difference(worst)} ({worst.Worst}, {worstAt.Kernel} at n = {Size(worstAt.N)}){(missing > 0 ? $"; {missing} estimates missing from R's output" : "")}."));
    }

    private static string I(FormattableString text) => FormattableString.Invariant(text);

    private static string Describe(LoadAverage? load) => load?.ToString() ?? "unknown";

    private static string Growth(Timing? previous, Timing? current) =>
        previous is null || current is null || previous.Median <= 0 || current.Median <= 0
            ? "–"
            : (Math.Log(current.Median / previous.Median) / Math.Log((double)current.N / previous.N)).ToString("0.00", Invariant);

    /// <summary>Three significant digits, never in exponent notation.</summary>
    private static string Seconds(double seconds)
    {
        if (seconds <= 0) return "0";
        var decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(seconds)), 0, 6);
        return seconds.ToString("F" + decimals.ToString(Invariant), Invariant);
    }

    private static string Ratio(double ratio) => ratio.ToString(ratio >= 10 ? "0" : "0.0", Invariant) + "×";

    /// <summary>A power of ten as 10^k, any other size in digits.</summary>
    private static string Size(int n)
    {
        var k = (int)Math.Round(Math.Log10(n));
        return Math.Pow(10, k) == n ? I($"10^{k}") : n.ToString(Invariant);
    }

    private static string Difference(Agreement agreement) =>
        agreement.Compared == 0 ? "none compared"
        : double.IsPositiveInfinity(agreement.LargestRelativeDifference) ? $"missing value ({agreement.Worst})"
        : agreement.LargestRelativeDifference == 0 ? "0"
        : agreement.LargestRelativeDifference.ToString("0.0e+0", Invariant);
}
