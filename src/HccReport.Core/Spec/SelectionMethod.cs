namespace HccReport.Core.Spec;

/// <summary>Variable selection of the multivariable model (<c>select.method</c>).</summary>
public enum SelectionMethod
{
    /// <summary><c>enter</c> (default): all screened covariates entered.</summary>
    Enter,

    /// <summary><c>forward</c>.</summary>
    Forward,

    /// <summary><c>backward</c>.</summary>
    Backward,

    /// <summary><c>stepwise</c>: forward with removal checks after each entry.</summary>
    Stepwise,
}
