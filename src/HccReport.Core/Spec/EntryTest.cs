namespace HccReport.Core.Spec;

/// <summary>Test for entering a variable during selection (<c>select.entry_test</c>).</summary>
public enum EntryTest
{
    /// <summary><c>score</c>: the score (Rao) test, as SPSS.</summary>
    Score,
}
