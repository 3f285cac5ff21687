namespace HccReport.Statistics;

/// <summary>
/// Argument checks for the statistics entry points. The analysis layer validates a user's data first,
/// so these fire only on programmer errors; each names the parameter and what was allowed.
/// </summary>
internal static class Preconditions
{
    public static void CheckSameLength(int expected, int actual, string paramName)
    {
        if (actual != expected)
            throw new ArgumentException($"Expected {expected} values, got {actual}.", paramName);
    }

    public static void CheckFinite(IReadOnlyList<double> values, string paramName)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"Value at index {i} is {values[i]}; only finite values are allowed.", paramName);
        }
    }

    public static void CheckNonNegative(IReadOnlyList<double> values, string paramName)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!(values[i] >= 0))
                throw new ArgumentException($"Value at index {i} is {values[i]}; times must be finite and not negative.", paramName);
        }
    }

    public static void CheckProbability(double value, string paramName, bool allowZero = false, bool allowOne = false)
    {
        var ok = (allowZero ? value >= 0 : value > 0) && (allowOne ? value <= 1 : value < 1);
        if (!ok)
            throw new ArgumentOutOfRangeException(paramName, value, "Expected a probability strictly between 0 and 1.");
    }

    public static void CheckNotEmpty<T>(IReadOnlyCollection<T> values, string paramName)
    {
        if (values.Count == 0)
            throw new ArgumentException("At least one value is needed.", paramName);
    }
}
