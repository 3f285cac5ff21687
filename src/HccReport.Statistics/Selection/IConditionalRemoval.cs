namespace HccReport.Statistics.Selection;

/// <summary>
/// A selectable model that can compute the conditional removal statistic (<see cref="SelectionTest.Conditional"/>).
/// Optional: <see cref="StepwiseSelection"/> asks for it only when that test is chosen.
/// </summary>
public interface IConditionalRemoval
{
    /// <summary>
    /// 2 [l(b) - l(b~)] where b is the <paramref name="current"/> estimate and b~ sets the coefficients of
    /// <paramref name="removedColumns"/> to 0 and moves the others to b_R - V_RK V_KK^-1 b_K, V the
    /// current covariance (including the intercept, where the model has one). Chi-square on
    /// <c>removedColumns.Count</c> degrees of freedom.
    /// </summary>
    double ConditionalStatistic(SelectionFit current, IReadOnlyList<int> removedColumns);
}
