namespace HccReport.Synthetic;

/// <summary>Child-Pugh class of liver function. Class C fails an inclusion criterion; the synthetic cohort has none.</summary>
public enum ChildPughClass
{
    /// <summary>Class A (5-6 points).</summary>
    A,

    /// <summary>Class B (7-9 points).</summary>
    B,

    /// <summary>Class C (10-15 points).</summary>
    C,
}
