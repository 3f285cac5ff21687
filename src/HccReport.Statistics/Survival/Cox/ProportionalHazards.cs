using System.Runtime.CompilerServices;
using HccReport.Statistics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// The test of proportional hazards from scaled Schoenfeld residuals, as R survival 3.x's <c>cox.zph(fit)</c>
/// (transform "km", terms = TRUE): the score test form introduced in survival 3.0, not the older correlation test.
/// </summary>
/// <remarks>
/// <para>
/// Each coefficient is allowed to change with time, β_j(t) = β_j + θ_j g(t), with g(t) = 1 − KM(t−) of all
/// observations (strata ignored), centred on its mean over the events. The model with the extra covariates
/// x g(t) is scored at (β̂, θ = 0): U_θ = Σ_events g(t_i) (x_i − x̄(t_i)), and the 2p × 2p information has blocks
/// Σ V(t), Σ g V(t), Σ g² V(t) over the events (Efron or Breslow, as the fit). For a term with columns J the
/// statistic is u' I_KK⁻¹ u with K = all β columns plus θ_J and u = (0, U_θJ); GLOBAL uses all θ. It is
/// chi-square on |J| (and p) degrees of freedom.
/// </para>
/// <para>Aliased columns are left out, as R does. Cost: one sort and one O(n p²) pass.</para>
/// </remarks>
public static class ProportionalHazards
{
    /// <summary>Tests proportional hazards for each term and globally.</summary>
    /// <param name="fit">The Cox fit of exactly these data (same rows, columns, strata).</param>
    /// <param name="time">Follow-up times, as given to <see cref="CoxRegression.Fit"/>.</param>
    /// <param name="status">Event indicators, as given to the fit.</param>
    /// <param name="covariates">Design matrix, as given to the fit.</param>
    /// <param name="terms">Groups of columns tested together; one term per column (named after it) when null.</param>
    /// <param name="strata">Strata, as given to the fit.</param>
    /// <exception cref="ArgumentException">The data do not match the fit, or a term names a column twice or out of range.</exception>
    public static ProportionalHazardsTest Test(
        CoxFit fit,
        IReadOnlyList<double> time,
        IReadOnlyList<bool> status,
        double[,] covariates,
        IReadOnlyList<CoxTerm>? terms = null,
        IReadOnlyList<int>? strata = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var names = fit.Coefficients.Select(c => c.Name).ToArray();
        CoxRegression.CheckArguments(time, status, covariates, names, fit.Options, strata);
        Preconditions.CheckSameLength(fit.N, time.Count, nameof(time));
        var p = names.Length;
        terms ??= names.Select((name, j) => new CoxTerm { Name = name, Columns = [j] }).ToArray();
        CheckTerms(terms, p);

        var kept = new List<int>(p);
        for (var j = 0; j < p; j++) if (fit.Coefficients[j].Estimate is not null) kept.Add(j);
        var q = kept.Count;
        var position = new int[p];
        Array.Fill(position, -1);
        for (var c = 0; c < q; c++) position[kept[c]] = c;

        var keptTerms = new List<(string Name, int[] Columns)>();
        foreach (var term in terms)
        {
            var columns = term.Columns.Where(j => position[j] >= 0).Select(j => position[j]).ToArray();
            if (columns.Length > 0) keptTerms.Add((term.Name, columns));
        }
        if (q == 0) return new ProportionalHazardsTest { Transform = "km", Terms = [], Global = null };

        var riskSets = CoxRiskSets.Create(time, status, strata);
        var n = riskSets.Count;
        // The kept columns, centred on their means (as zph1 does), scattered into processing order row by row.
        var source = CoxDesign.Flat(covariates);
        var means = new double[q];
        for (var i = 0; i < n; i++)
            for (var c = 0; c < q; c++) means[c] += source[i * p + kept[c]];
        for (var c = 0; c < q; c++) means[c] /= n;
        var sorted = new int[n];
        for (var k = 0; k < n; k++) sorted[riskSets.Order[k]] = k;
        var x = new double[n * q];
        for (var i = 0; i < n; i++)
            for (var c = 0; c < q; c++) x[sorted[i] * q + c] = source[i * p + kept[c]] - means[c];

        var beta = new double[q];
        for (var c = 0; c < q; c++) beta[c] = fit.Coefficients[kept[c]].Estimate!.Value;
        var eta = new double[n];
        for (var k = 0; k < n; k++)
        {
            double sum = 0;
            for (var c = 0; c < q; c++) sum += x[k * q + c] * beta[c];
            eta[k] = sum;
        }

        var g = CentredKaplanMeierTransform(riskSets);
        var (u, information) = ScoreAndInformation(riskSets, x, q, eta, g, fit.Options.Ties == CoxTies.Efron);

        var rows = new List<ProportionalHazardsTermTest>(keptTerms.Count);
        foreach (var (name, columns) in keptTerms) rows.Add(Row(name, columns, u, information, q));
        var all = Enumerable.Range(0, q).ToArray();
        return new ProportionalHazardsTest { Transform = "km", Terms = rows, Global = Row("GLOBAL", all, u, information, q) };
    }

    private static void CheckTerms(IReadOnlyList<CoxTerm> terms, int p)
    {
        var seen = new HashSet<int>();
        foreach (var term in terms)
        {
            ArgumentNullException.ThrowIfNull(term, nameof(terms));
            foreach (var j in term.Columns)
            {
                if (j < 0 || j >= p)
                    throw new ArgumentOutOfRangeException(nameof(terms), j, $"Term {term.Name}: columns are 0 to {p - 1}.");
                if (!seen.Add(j))
                    throw new ArgumentException($"Column {j} belongs to more than one term.", nameof(terms));
            }
        }
    }

    /// <summary>
    /// g per tie group: 1 − KM(t−) of all observations pooled over strata (R: <c>survfitKM</c> on the whole
    /// sample, read left-continuously), minus its mean over the events.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] CentredKaplanMeierTransform(CoxRiskSets riskSets)
    {
        var n = riskSets.Count;
        var ascending = new int[n];
        for (var k = 0; k < n; k++) ascending[k] = k;
        RadixSort.Sort(riskSets.Time, ascending, descending: false);
        var times = new double[n];
        var events = new int[n];
        for (var k = 0; k < n; k++)
        {
            times[k] = riskSets.Time[ascending[k]];
            events[k] = riskSets.IsEvent[ascending[k]] ? 1 : 0;
        }

        var distinct = new List<double>();
        var before = new List<double>();
        double survival = 1;
        for (var k = 0; k < n;)
        {
            var t = times[k];
            var atRisk = n - k;
            var deaths = 0;
            for (; k < n && times[k] == t; k++) deaths += events[k];
            distinct.Add(t);
            before.Add(1 - survival);
            survival *= (atRisk - deaths) / (double)atRisk;
        }

        double total = 0;
        for (var k = 0; k < n; k++)
            if (riskSets.IsEvent[k]) total += before[distinct.BinarySearch(riskSets.Time[k])];
        var mean = total / riskSets.Events;

        var groups = riskSets.GroupCount;
        var g = new double[groups];
        for (var group = 0; group < groups; group++)
            g[group] = before[distinct.BinarySearch(riskSets.Time[riskSets.GroupStart[group]])] - mean;
        return g;
    }

    /// <summary>R's zph1: U (2q) and the 2q × 2q information of (β, θ) at (β̂, 0), in one backward sweep.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double[] U, double[] Information) ScoreAndInformation(
        CoxRiskSets riskSets, double[] x, int q, double[] eta, double[] g, bool efron)
    {
        var u = new double[2 * q];
        var v0 = new double[q * q];
        var v1 = new double[q * q];
        var v2 = new double[q * q];
        var sums = new CoxRiskSetSums(q);
        var groupScore = new double[q];
        var groupInformation = new double[q * q];

        for (var group = 0; group < riskSets.GroupCount; group++)
        {
            if (riskSets.GroupOpensStratum[group]) sums.Reset();
            var firstEvent = riskSets.GroupFirstEvent[group];
            for (var k = riskSets.GroupStart[group]; k < firstEvent; k++)
                sums.AddAtRisk(x.AsSpan(k * q, q), Math.Exp(eta[k]));
            var end = riskSets.GroupStart[group + 1];
            if (firstEvent == end) continue;

            var gt = g[group];
            for (var k = firstEvent; k < end; k++)
            {
                var row = x.AsSpan(k * q, q);
                for (var i = 0; i < q; i++)
                {
                    u[i] += row[i];
                    u[i + q] += gt * row[i];
                }
                sums.AddEvent(row, Math.Exp(eta[k]));
            }
            Array.Clear(groupScore);
            Array.Clear(groupInformation);
            sums.CloseGroup(end - firstEvent, efron, groupScore, groupInformation);
            for (var i = 0; i < q; i++)
            {
                u[i] += groupScore[i];
                u[i + q] += gt * groupScore[i];
                for (var j = 0; j <= i; j++)
                {
                    var v = groupInformation[i * q + j];
                    v0[i * q + j] += v;
                    v1[i * q + j] += gt * v;
                    v2[i * q + j] += gt * gt * v;
                }
            }
        }

        var m = 2 * q;
        var information = new double[m * m];
        for (var i = 0; i < q; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                Set(information, m, i, j, v0[i * q + j]);
                Set(information, m, i + q, j + q, v2[i * q + j]);
                Set(information, m, i, j + q, v1[i * q + j]);
                Set(information, m, j, i + q, v1[i * q + j]);
            }
        }
        return (u, information);

        static void Set(double[] matrix, int size, int r, int c, double value)
        {
            matrix[r * size + c] = value;
            matrix[c * size + r] = value;
        }
    }

    private static ProportionalHazardsTermTest Row(string name, int[] columns, double[] u, double[] information, int q)
    {
        var m = 2 * q;
        var index = Enumerable.Range(0, q).Concat(columns.Select(c => c + q)).ToArray();
        var k = index.Length;
        var matrix = Matrix<double>.Build.Dense(k, k, (r, c) => information[index[r] * m + index[c]]);
        var vector = Vector<double>.Build.Dense(k, r => r < q ? 0 : u[index[r]]);
        var statistic = matrix.Solve(vector).DotProduct(vector);
        var finite = double.IsFinite(statistic);
        return new ProportionalHazardsTermTest
        {
            Term = name,
            ChiSquare = finite ? statistic : null,
            Df = columns.Length,
            P = finite ? ChiSquareDistribution.UpperTail(statistic, columns.Length) : null,
        };
    }
}
