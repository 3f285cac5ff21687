namespace HccReport.Cli.Tests.Reproducibility;

/// <summary>
/// Environments a render must not notice. German writes decimal commas and "1.234,5"; Turkish upper-cases "i" to
/// "İ" and lower-cases "I" to "ı" (it breaks culture-sensitive casing and comparison of "ID", "BCLC", stage "III");
/// the time zones are far from UTC in both directions, one at a half hour.
/// </summary>
internal static class Locales
{
    public static IReadOnlyDictionary<string, string> GermanInShanghai { get; } = Environment("de_DE.UTF-8", "Asia/Shanghai");

    public static IReadOnlyDictionary<string, string> TurkishInNewfoundland { get; } = Environment("tr_TR.UTF-8", "America/St_Johns");

    public static IReadOnlyDictionary<string, string> TurkishInKiribati { get; } = Environment("tr_TR.UTF-8", "Pacific/Kiritimati");

    /// <summary>LANG and LC_ALL (which .NET reads through ICU for the process's culture) and TZ.</summary>
    public static IReadOnlyDictionary<string, string> Environment(string locale, string timeZone) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["LANG"] = locale,
            ["LC_ALL"] = locale,
            ["TZ"] = timeZone,
            // The invariant-globalization switch would make every culture the invariant one and the test pointless.
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false",
        };
}
