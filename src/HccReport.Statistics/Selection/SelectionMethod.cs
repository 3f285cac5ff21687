namespace HccReport.Statistics.Selection;

/// <summary>How candidates enter and leave the multivariable model (see docs/selection.md).</summary>
public enum SelectionMethod
{
    /// <summary>All candidates that pass screening enter together (SPSS METHOD=ENTER).</summary>
    Enter,

    /// <summary>Forward selection: from the empty model, the best candidate enters while its entry p &lt; the entry threshold; nothing is removed.</summary>
    Forward,

    /// <summary>Backward elimination: from the full model, the worst variable leaves while its removal p &gt; the removal threshold; nothing re-enters.</summary>
    Backward,

    /// <summary>
    /// Forward stepwise (SPSS FSTEP): after each entry every variable in the model is tested for removal,
    /// repeatedly, before the next entry.
    /// </summary>
    Stepwise,

    /// <summary>
    /// Backward stepwise (SPSS BSTEP): from the full model, removals as in <see cref="Backward"/>, then one entry
    /// if a removed variable qualifies again, and so on.
    /// </summary>
    BackwardStepwise,
}
