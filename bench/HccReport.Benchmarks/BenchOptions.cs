using System.Globalization;

namespace HccReport.Benchmarks;

/// <summary>The bench command line: <c>[--sizes 1e4,1e5,1e6] [--reps N] [--no-r] [--keep-data]</c>.</summary>
internal sealed record BenchOptions
{
    /// <summary>Number of rows of each data set, ascending.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [10_000, 100_000, 1_000_000];

    /// <summary>Timed repetitions per kernel and size (after one warm-up); the median is reported.</summary>
    public int Repetitions { get; init; } = 5;

    /// <summary>Whether to run R's side (bench.R) in the same run.</summary>
    public bool RunR { get; init; } = true;

    /// <summary>Whether to keep the folder of CSVs (otherwise deleted at the end).</summary>
    public bool KeepData { get; init; }

    public const string Usage =
        "usage: dotnet run -c Release --project bench/HccReport.Benchmarks -- [--sizes 1e4,1e5,1e6] [--reps N] [--no-r] [--keep-data]";

    /// <summary>Parses the arguments; null with a message on a bad argument.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new BenchOptions();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--sizes" when i + 1 < args.Count:
                    var sizes = new List<int>();
                    foreach (var part in args[++i].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        // 1e6 is the natural way to write a size, so sizes are read as numbers, then required to be whole.
                        if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                            || value != Math.Floor(value) || value < 100 || value > 50_000_000)
                        {
                            error = $"--sizes: '{part}' is not a whole number of rows between 100 and 5e7";
                            return null;
                        }
                        sizes.Add((int)value);
                    }
                    if (sizes.Count == 0)
                    {
                        error = "--sizes: no size given";
                        return null;
                    }
                    options = options with { Sizes = sizes.Distinct().Order().ToArray() };
                    break;
                case "--reps" when i + 1 < args.Count:
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var reps) || reps < 1)
                    {
                        error = $"--reps: '{args[i]}' is not a positive whole number";
                        return null;
                    }
                    options = options with { Repetitions = reps };
                    break;
                case "--no-r":
                    options = options with { RunR = false };
                    break;
                case "--keep-data":
                    options = options with { KeepData = true };
                    break;
                default:
                    error = $"unknown or incomplete argument '{args[i]}'";
                    return null;
            }
        }
        return options;
    }
}
