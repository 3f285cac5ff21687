// The bench command (issue 2): times HccReport's Cox (Efron), Kaplan-Meier, log-rank and logistic kernels in
// process, then R's coxph, survfit, survdiff and glm on the same rows via bench.R, and prints a Markdown table of
// times, ratios, growth exponents and agreement. Progress goes to standard error, the table to standard output.
using System.Diagnostics;
using System.Globalization;
using HccReport.Benchmarks;

var options = BenchOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var started = DateTimeOffset.UtcNow;
var clock = Stopwatch.StartNew();
var loadAtStart = LoadAverage.Read();
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"load average at start: {loadAtStart?.ToString() ?? "unknown"} on {MachineDescription.Cores} cores"));

IBenchKernel[] kernels = [new CoxKernel(), new KaplanMeierKernel(), new LogRankKernel(), new LogisticKernel()];
var folder = Directory.CreateTempSubdirectory("hccreport-bench-").FullName;
try
{
    var data = new Dictionary<int, BenchData>();
    foreach (var n in options.Sizes)
    {
        data[n] = BenchData.Generate(n);
        data[n].WriteCsv(Path.Combine(folder, BenchData.FileName(n)));
    }
    Console.Error.WriteLine($"data written to {folder}");

    // Other seed and size than any timed set, so the warm-up cannot leave anything useful behind but compiled code.
    KernelTimer.WarmUpJit(kernels, BenchData.Generate(1_000, seed: 1));

    var times = new List<Timing>();
    var estimates = new Dictionary<(string, int), IReadOnlyList<Estimate>>();
    foreach (var n in options.Sizes)
    {
        foreach (var kernel in kernels)
        {
            var timing = KernelTimer.Time(kernel, data[n], options.Repetitions);
            times.Add(timing);
            estimates[(kernel.Name, n)] = kernel.Estimates(data[n]);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"HccReport {kernel.Name,-12} n = {n,-8} {timing.Median:0.0000} s (CPU {timing.CpuMedian:0.0000} s)"));
        }
    }
    data.Clear();

    RRun? r = null;
    string? rNotRun = "--no-r";
    if (options.RunR)
        r = RScript.Run(folder, options.Sizes, options.Repetitions, out rNotRun);
    if (r is null) Console.Error.WriteLine($"R's side not run: {rNotRun}; timing HccReport only");

    var run = new BenchRun
    {
        Started = started,
        Options = options,
        Kernels = kernels,
        LoadAtStart = loadAtStart,
        LoadAtEnd = LoadAverage.Read(),
        Times = times,
        Estimates = estimates,
        R = r,
        RNotRun = rNotRun,
        TotalSeconds = clock.Elapsed.TotalSeconds,
    };
    Console.Out.Write(MarkdownReport.Format(run));
    return 0;
}
finally
{
    if (options.KeepData) Console.Error.WriteLine($"data kept in {folder}");
    else Directory.Delete(folder, recursive: true);
}
