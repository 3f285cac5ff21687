namespace HccReport.Rendering.Figures;

/// <summary>Which model of a Cox or logistic analysis a forest plot shows.</summary>
public enum ForestModel
{
    /// <summary>All covariates together (or those the selection kept): adjusted ratios.</summary>
    Multivariable,

    /// <summary>Each covariate in a model of its own: unadjusted ratios.</summary>
    Univariate,
}
