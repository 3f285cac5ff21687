namespace HccReport.Core.Spec;

/// <summary>Test for removing a variable during selection (<c>select.removal_test</c>).</summary>
public enum RemovalTest
{
    /// <summary><c>lr</c> (default): likelihood ratio.</summary>
    LikelihoodRatio,

    /// <summary><c>wald</c>.</summary>
    Wald,
}
