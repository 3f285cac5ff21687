namespace HccReport.Core.Spec;

/// <summary>Which statistical conventions apply (spec key <c>compat</c>).</summary>
public enum CompatMode
{
    /// <summary><c>r</c> (default): R's defaults (Efron ties, log KM intervals, Wald intervals).</summary>
    R,

    /// <summary><c>spss</c>: SPSS conventions (Breslow ties, median CI, selection tests, logistic iteration rule).</summary>
    Spss,
}
