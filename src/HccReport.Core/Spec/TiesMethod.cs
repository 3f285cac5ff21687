namespace HccReport.Core.Spec;

/// <summary>Handling of tied event times in Cox models (cox <c>ties</c>).</summary>
public enum TiesMethod
{
    /// <summary><c>efron</c> (default under <c>compat: r</c>, as R).</summary>
    Efron,

    /// <summary><c>breslow</c> (default under <c>compat: spss</c>).</summary>
    Breslow,
}
