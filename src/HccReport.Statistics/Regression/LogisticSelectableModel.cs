using HccReport.Statistics.Selection;

namespace HccReport.Statistics.Regression;

/// <summary>
/// Logistic regression as an <see cref="ISelectableModel"/>: each fit is IRLS on the chosen columns plus an
/// intercept (by the convention of the options: R's glm or SPSS's Newton-Raphson).
/// </summary>
/// <remarks>
/// <para><b>Score statistic</b> for adding the columns S to the current model M, evaluated at the current fit
/// with the candidates' coefficients at 0:</para>
/// <para>SPSS convention: U_S' (I_SS - I_SM I_MM^-1 I_MS)^-1 U_S with U = X'(y - p) and I = X'WX, W = p(1 - p),
/// at SPSS's reported (not fully converged) estimate; U_M is taken as 0 (SPSS note section 3.5; matches SPSS's
/// "Variables not in the Equation" to all printed digits).</para>
/// <para>R convention: exactly what <c>add1(fit, test = "Rao")</c> computes: with the glm's working residuals
/// r = (y - mu) / mu.eta at the final fit and its working weights w from the last IRLS step, the score is the
/// drop in weighted residual sum of squares when the working residuals are regressed on [X_M, X_S] instead of
/// on the intercept alone, U'(X'WX)^-1 U - (sum w r)^2 / sum w with U = X'W r. At an exact maximum this equals
/// the SPSS form; at glm's stopping point the two differ in about the seventh digit, so each convention
/// reproduces its own program.</para>
/// <para><b>Conditional statistic</b> (<see cref="IConditionalRemoval"/>): the deviance at b_R - V_RK V_KK^-1 b_K
/// (intercept included in R) with b_K = 0, minus the current deviance.</para>
/// <para>Aliased columns of a fit are reported in <see cref="SelectionFit"/> as NaN coefficients with NaN covariance.</para>
/// </remarks>
public sealed class LogisticSelectableModel : ISelectableModel, IConditionalRemoval
{
    private readonly LogisticDesign _design;
    private readonly LogisticOptions _options;
    private readonly IrlsSettings _settings;

    /// <summary>A model over the columns of <paramref name="x"/> (an intercept is added to every fit).</summary>
    /// <param name="y">Outcome per observation (true = event).</param>
    /// <param name="x">Design columns available to selection (dummies already coded).</param>
    /// <param name="options">Convention and iteration settings; null for R's.</param>
    public LogisticSelectableModel(IReadOnlyList<bool> y, double[,] x, LogisticOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(x);
        _options = options ?? LogisticOptions.R;
        Preconditions.CheckNotEmpty(y, nameof(y));
        Preconditions.CheckSameLength(y.Count, x.GetLength(0), nameof(x));
        LogisticRegression.CheckOptions(_options, nameof(options));
        LogisticRegression.CheckFinite(x, nameof(x));
        _design = LogisticDesign.WithIntercept(y, x);
        _settings = LogisticRegression.Settings(_options);
    }

    /// <inheritdoc />
    public int ColumnCount => _design.Columns - 1;

    /// <inheritdoc />
    public SelectionFit Fit(IReadOnlyList<int> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var designColumns = DesignColumns(columns, nameof(columns));
        var fit = IrlsFitter.Fit(_design.SelectColumns(designColumns), _settings);
        var k = columns.Count;
        var m = k + 1;
        var covariance = new double[k, k];
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++)
                covariance[i, j] = fit.Aliased[i + 1] || fit.Aliased[j + 1] ? double.NaN : fit.Covariance[(i + 1) * m + j + 1];
        return new SelectionFit
        {
            Columns = columns.ToArray(),
            LogLikelihood = -fit.Deviance / 2,
            Coefficients = fit.Beta.Skip(1).ToArray(),
            Covariance = covariance,
            Converged = fit.Converged,
            State = new LogisticSelectionState
            {
                Owner = this,
                DesignColumns = designColumns,
                Beta = fit.Beta,
                LastStep = fit.LastStep,
                Covariance = fit.Covariance,
                Deviance = fit.Deviance,
            },
        };
    }

    /// <inheritdoc />
    public double ScoreStatistic(SelectionFit current, IReadOnlyList<int> candidateColumns)
    {
        var state = StateOf(current);
        ArgumentNullException.ThrowIfNull(candidateColumns);
        var candidates = DesignColumns(candidateColumns, nameof(candidateColumns)).Skip(1).ToArray();
        if (candidates.Any(state.DesignColumns.Contains))
            throw new ArgumentException("A candidate column is already in the model.", nameof(candidateColumns));

        var n = _design.Rows;
        var eta = LinearPredictor(state.DesignColumns, state.Beta);
        var all = state.DesignColumns.Concat(candidates).ToArray();
        var q = all.Length;
        var info = new double[q, q];
        var u = new double[q];

        if (_options.Convention == LogisticConvention.Spss)
        {
            for (var i = 0; i < n; i++)
            {
                BinomialLogit.Evaluate(eta[i], out var mu, out _);
                var w = mu * (1 - mu);
                var residual = _design.Y[i] - mu;
                Accumulate(info, u, all, i, w, residual);
            }
            // A = I_SS - I_SM I_MM^-1 I_MS; the score is U_S' A^-1 U_S (U_M is taken as 0).
            var mCount = state.DesignColumns.Length;
            var s = candidates.Length;
            var full = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(info);
            var imm = full.SubMatrix(0, mCount, 0, mCount);
            var ims = full.SubMatrix(0, mCount, mCount, s);
            var schur = full.SubMatrix(mCount, s, mCount, s) - ims.Transpose() * imm.Solve(ims);
            return QuadraticForm.Evaluate(schur.ToArray(), u.Skip(mCount).ToArray()).Value;
        }

        var previous = LinearPredictor(state.DesignColumns, state.LastStep);
        var sumW = 0.0;
        var sumWr = 0.0;
        for (var i = 0; i < n; i++)
        {
            BinomialLogit.Evaluate(eta[i] - previous[i], out var muPrev, out var muEtaPrev);
            var w = muEtaPrev * muEtaPrev / (muPrev * (1 - muPrev));
            BinomialLogit.Evaluate(eta[i], out var mu, out var muEta);
            var r = (_design.Y[i] - mu) / muEta;
            Accumulate(info, u, all, i, w, w * r);
            sumW += w;
            sumWr += w * r;
        }
        return QuadraticForm.Evaluate(info, u).Value - sumWr * sumWr / sumW;
    }

    /// <inheritdoc />
    public double ConditionalStatistic(SelectionFit current, IReadOnlyList<int> removedColumns)
    {
        var state = StateOf(current);
        ArgumentNullException.ThrowIfNull(removedColumns);
        var removed = DesignColumns(removedColumns, nameof(removedColumns)).Skip(1).ToArray();
        var positions = removed.Select(c => Array.IndexOf(state.DesignColumns, c)).ToArray();
        if (positions.Any(p => p < 0)) throw new ArgumentException("A removed column is not in the model.", nameof(removedColumns));

        var m = state.DesignColumns.Length;
        var keep = Enumerable.Range(0, m).Where(p => !positions.Contains(p) && !double.IsNaN(state.Beta[p])).ToArray();
        var drop = positions.Where(p => !double.IsNaN(state.Beta[p])).ToArray();
        var beta = new double[m];
        foreach (var p in keep) beta[p] = state.Beta[p];
        if (drop.Length > 0)
        {
            // b_R - V_RK V_KK^-1 b_K
            var vkk = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(drop.Length, drop.Length, (a, b) => state.Covariance[drop[a] * m + drop[b]]);
            var bk = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(drop.Length, a => state.Beta[drop[a]]);
            var t = vkk.Solve(bk);
            foreach (var p in keep)
                for (var a = 0; a < drop.Length; a++)
                    beta[p] -= state.Covariance[p * m + drop[a]] * t[a];
        }
        var eta = LinearPredictor(state.DesignColumns, beta);
        var deviance = 0.0;
        for (var i = 0; i < _design.Rows; i++)
        {
            BinomialLogit.Evaluate(eta[i], out var mu, out _);
            deviance += BinomialLogit.UnitDeviance(_design.Y[i], mu);
        }
        return deviance - state.Deviance;
    }

    private LogisticSelectionState StateOf(SelectionFit current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current.State is not LogisticSelectionState state || !ReferenceEquals(state.Owner, this))
            throw new ArgumentException("The fit must come from this model's Fit.", nameof(current));
        return state;
    }

    private int[] DesignColumns(IReadOnlyList<int> columns, string paramName)
    {
        var design = new int[columns.Count + 1];
        var seen = new HashSet<int>();
        for (var j = 0; j < columns.Count; j++)
        {
            var c = columns[j];
            if (c < 0 || c >= ColumnCount)
                throw new ArgumentException($"Column {c} is outside 0..{ColumnCount - 1}.", paramName);
            if (!seen.Add(c)) throw new ArgumentException($"Column {c} is listed twice.", paramName);
            design[j + 1] = c + 1;
        }
        return design;
    }

    /// <summary>X beta over the given design columns; NaN (aliased) coefficients count as 0, as in glm.fit.</summary>
    private double[] LinearPredictor(int[] designColumns, double[] beta)
    {
        var eta = new double[_design.Rows];
        for (var j = 0; j < designColumns.Length; j++)
        {
            var b = beta[j];
            if (double.IsNaN(b) || b == 0) continue;
            var column = _design.Column(designColumns[j]);
            for (var i = 0; i < eta.Length; i++) eta[i] += column[i] * b;
        }
        return eta;
    }

    private void Accumulate(double[,] info, double[] u, int[] columns, int row, double weight, double residual)
    {
        var q = columns.Length;
        for (var a = 0; a < q; a++)
        {
            var xa = _design[row, columns[a]];
            u[a] += xa * residual;
            for (var b = a; b < q; b++)
            {
                var v = weight * xa * _design[row, columns[b]];
                info[a, b] += v;
                if (b != a) info[b, a] += v;
            }
        }
    }
}
