namespace HccReport.Results;

/// <summary>
/// A model term as a forest plot needs it: a ratio (hazard ratio or odds ratio) with its interval.
/// </summary>
public interface IRatioTerm
{
    /// <summary>Term name, <c>variable</c> or <c>variable=level</c>.</summary>
    string Term { get; }

    /// <summary>Display label of the term.</summary>
    string Label { get; }

    /// <summary>exp(coefficient); null when infinite or not estimable.</summary>
    double? Ratio { get; }

    /// <summary>Lower limit of the ratio's interval.</summary>
    double? Lower { get; }

    /// <summary>Upper limit of the ratio's interval.</summary>
    double? Upper { get; }

    /// <summary>Wald p value.</summary>
    double? P { get; }
}
