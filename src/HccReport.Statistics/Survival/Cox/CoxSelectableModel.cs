using HccReport.Statistics.Selection;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// The Cox model as an <see cref="ISelectableModel"/> for the variable-selection procedures: the data are sorted
/// and centred once, then any subset of the columns can be fitted or scored. Immutable after construction.
/// </summary>
/// <remarks>
/// <see cref="Fit"/> returns R's <c>coxph</c> fit of the chosen columns (its <see cref="CoxFit"/> is the
/// <see cref="SelectionFit.State"/>; an aliased column has coefficient 0 and zero covariance, as inside R).
/// <see cref="ScoreStatistic"/> is Rao's score statistic U' I⁻¹ U at (β̂_current, 0) with the full information
/// matrix of current plus candidate columns: R's <c>coxph(..., init = c(beta, 0 * candidates), iter.max = 0)$score</c>.
/// </remarks>
public sealed class CoxSelectableModel : ISelectableModel
{
    private readonly CoxRiskSets _riskSets;
    private readonly CoxDesign _design;
    private readonly IReadOnlyList<string> _names;
    private readonly CoxOptions _options;

    /// <summary>Prepares the data; arguments as <see cref="CoxRegression.Fit"/>.</summary>
    public CoxSelectableModel(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> status,
        double[,] covariates,
        IReadOnlyList<string> columnNames,
        CoxOptions? options = null,
        IReadOnlyList<int>? strata = null)
    {
        _options = options ?? CoxOptions.Default;
        (_riskSets, _design) = CoxRegression.Prepare(time, status, covariates, columnNames, _options, strata);
        _names = columnNames.ToArray();
    }

    /// <inheritdoc />
    public int ColumnCount => _design.Columns;

    /// <inheritdoc />
    public SelectionFit Fit(IReadOnlyList<int> columns)
    {
        CheckColumns(columns, nameof(columns));
        var names = new string[columns.Count];
        for (var c = 0; c < columns.Count; c++) names[c] = _names[columns[c]];
        var fit = CoxRegression.FitSorted(_riskSets, _design.Select(columns), names, _options);

        var q = columns.Count;
        var coefficients = new double[q];
        var covariance = new double[q, q];
        for (var i = 0; i < q; i++)
        {
            coefficients[i] = fit.Coefficients[i].Estimate ?? 0;
            for (var j = 0; j < q; j++) covariance[i, j] = fit.Covariance[i][j] ?? 0;
        }
        return new SelectionFit
        {
            Columns = columns.ToArray(),
            LogLikelihood = fit.LogLikelihood,
            Coefficients = coefficients,
            Covariance = covariance,
            Converged = fit.Converged,
            State = fit,
        };
    }

    /// <inheritdoc />
    public double ScoreStatistic(SelectionFit current, IReadOnlyList<int> candidateColumns)
    {
        ArgumentNullException.ThrowIfNull(current);
        CheckColumns(candidateColumns, nameof(candidateColumns));
        CheckColumns(current.Columns, nameof(current));
        Preconditions.CheckSameLength(current.Columns.Count, current.Coefficients.Count, nameof(current));
        foreach (var c in candidateColumns)
        {
            if (current.Columns.Contains(c))
                throw new ArgumentException($"Column {c} is already in the model.", nameof(candidateColumns));
        }

        var columns = current.Columns.Concat(candidateColumns).ToArray();
        var initial = new double[columns.Length];
        for (var i = 0; i < current.Coefficients.Count; i++) initial[i] = current.Coefficients[i];
        var design = _design.Select(columns);
        var likelihood = new CoxLikelihood(_riskSets, design, _options.Ties);
        return CoxNewtonRaphson.Run(likelihood, design, _options with { MaxIterations = 0 }, initial).ScoreTest;
    }

    private void CheckColumns(IReadOnlyList<int> columns, string paramName)
    {
        ArgumentNullException.ThrowIfNull(columns, paramName);
        var seen = new HashSet<int>();
        foreach (var c in columns)
        {
            if (c < 0 || c >= _design.Columns)
                throw new ArgumentOutOfRangeException(paramName, c, $"Columns are 0 to {_design.Columns - 1}.");
            if (!seen.Add(c))
                throw new ArgumentException($"Column {c} is listed twice.", paramName);
        }
    }
}
