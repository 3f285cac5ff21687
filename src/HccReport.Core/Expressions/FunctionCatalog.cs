namespace HccReport.Core.Expressions;

/// <summary>The functions of HccReport expressions and how many arguments each takes.</summary>
internal static class FunctionCatalog
{
    public static readonly IReadOnlyDictionary<string, (int Min, int Max)> Arity = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["missing"] = (1, 1),
        ["log"] = (1, 1),
        ["exp"] = (1, 1),
        ["sqrt"] = (1, 1),
        ["abs"] = (1, 1),
        ["round"] = (1, 2),
        ["min"] = (1, int.MaxValue),
        ["max"] = (1, int.MaxValue),
        ["if"] = (3, 3),
        ["days_between"] = (2, 2),
        ["months_between"] = (2, 2),
        ["years_between"] = (2, 2),
        ["cut"] = (3, 3),
    };

    /// <summary>Days per unit of the *_between functions: 30.4375-day months and 365.25-day years, as time units.</summary>
    public static double DaysPer(string function) => function switch
    {
        "months_between" => 30.4375,
        "years_between" => 365.25,
        _ => 1,
    };
}
