namespace HccReport.Statistics.Selection;

/// <summary>
/// A regression family that the variable-selection procedures can drive: logistic regression and the
/// Cox model each provide one over their own design matrix. Columns are indices into that design;
/// an intercept, where the family has one, is always in the model and is not a column.
/// </summary>
public interface ISelectableModel
{
    /// <summary>Number of design columns available to the selection.</summary>
    int ColumnCount { get; }

    /// <summary>Fits the model with exactly these columns (empty: the null model).</summary>
    SelectionFit Fit(IReadOnlyList<int> columns);

    /// <summary>
    /// Rao's score statistic for adding <paramref name="candidateColumns"/> to the fitted model
    /// <paramref name="current"/>, evaluated at the current estimates with the candidates' coefficients at 0.
    /// Distributed as chi-square with <c>candidateColumns.Count</c> degrees of freedom.
    /// </summary>
    double ScoreStatistic(SelectionFit current, IReadOnlyList<int> candidateColumns);
}
