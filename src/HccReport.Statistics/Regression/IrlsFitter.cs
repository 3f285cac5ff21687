using System.Buffers;
using System.Runtime.CompilerServices;

namespace HccReport.Statistics.Regression;

/// <summary>
/// Iteratively reweighted least squares for the logistic model, step for step as R's <c>glm.fit</c>
/// (R 4.2) with <c>family = binomial</c>, or as SPSS's Newton-Raphson (the same update for the canonical
/// link, with a different start, stopping rule and covariance).
/// </summary>
/// <remarks>
/// Each step solves the weighted least-squares problem with weights w = mu.eta^2 / V(mu) and working
/// response z = eta - offset + (y - mu) / mu.eta. R solves it by QR of sqrt(w) X; here X'WX is
/// accumulated directly (p is small) and factorised by Cholesky, falling back to R's pivoted QR when a
/// column is nearly aliased (<see cref="NormalEquations"/>). One pass over the rows per iteration both
/// evaluates the new fit (eta, mu, deviance) and accumulates the next step's normal equations.
/// As in R, the reported covariance is the inverse of the last X'WX solved, whose weights come from the
/// previous iterate; SPSS's covariance is evaluated at the reported estimate.
/// No step halving is needed: the clamped logit inverse keeps mu inside (0, 1), so glm.fit's
/// non-finite-deviance and invalid-mu branches can never fire for this family.
/// </remarks>
internal static class IrlsFitter
{
    public static IrlsResult Fit(LogisticDesign d, IrlsSettings settings, double[]? offset = null, double[]? etaStart = null)
    {
        var n = d.Rows;
        var m = d.Columns;
        var eta = new double[n];
        if (m == 0) { if (offset is not null) Array.Copy(offset, eta, n); } // glm.fit's EMPTY model: eta = offset
        else if (etaStart is not null) Array.Copy(etaStart, eta, n);
        else if (settings.SpssRule) { if (offset is not null) Array.Copy(offset, eta, n); }
        else for (var i = 0; i < n; i++) eta[i] = BinomialLogit.StartingEta(d.Y[i]);

        var current = new Accumulator(m);
        var devOld = Pass(d, offset, beta: null, eta, current);

        if (m == 0)
        {
            // glm.fit's EMPTY model: the fit is the offset itself.
            return new IrlsResult
            {
                Beta = [], Aliased = [], Covariance = [], Deviance = devOld, Iterations = 0,
                Converged = true, Eta = eta, LastStep = [],
            };
        }

        var beta = new double[m];
        var step = new double[m];
        var next = new Accumulator(m);
        WlsSolution? solved = null;
        var dev = devOld;
        var converged = false;
        var iterations = 0;
        for (var iter = 1; iter <= settings.MaxIterations; iter++)
        {
            iterations = iter;
            solved = Solve(d, offset, eta, current, settings);
            for (var j = 0; j < m; j++)
            {
                step[j] = solved.Beta[j] - beta[j];
                beta[j] = solved.Beta[j];
            }
            dev = Pass(d, offset, beta, eta, next);

            if (settings.SpssRule)
            {
                var maxChange = 0.0;
                for (var j = 0; j < m; j++) maxChange = Math.Max(maxChange, Math.Abs(step[j]));
                converged = maxChange < settings.Tolerance;
            }
            else
            {
                converged = Math.Abs(dev - devOld) / (Math.Abs(dev) + 0.1) < settings.Tolerance;
            }
            if (converged) break;
            devOld = dev;
            (current, next) = (next, current);
        }

        // R: covariance of the last solve. SPSS: information at the reported estimate, which the last
        // pass has just accumulated.
        var final = settings.SpssRule ? Solve(d, offset, eta, next, settings) : solved!;
        var reported = new double[m];
        for (var j = 0; j < m; j++) reported[j] = solved!.Aliased[j] ? double.NaN : beta[j];
        return new IrlsResult
        {
            Beta = reported,
            Aliased = solved!.Aliased,
            Covariance = final.Covariance,
            Deviance = dev,
            Iterations = iterations,
            Converged = converged,
            Eta = eta,
            LastStep = step,
        };
    }

    private static WlsSolution Solve(LogisticDesign d, double[]? offset, double[] eta, Accumulator system, IrlsSettings settings)
    {
        var fast = NormalEquations.TrySolve(system.XtWX, system.XtWz, d.Columns);
        if (fast is not null) return fast;

        // Nearly aliased columns: redo this step as R does, by pivoted QR of sqrt(w) X.
        var n = d.Rows;
        var m = d.Columns;
        var wx = new double[n * m];
        var wz = new double[n];
        for (var i = 0; i < n; i++)
        {
            BinomialLogit.Evaluate(eta[i], out var mu, out var muEta);
            var off = offset?[i] ?? 0.0;
            var z = eta[i] - off + (d.Y[i] - mu) / muEta;
            var w = Math.Sqrt(muEta * muEta / (mu * (1.0 - mu)));
            wz[i] = z * w;
            for (var j = 0; j < m; j++) wx[j * n + i] = d[i, j] * w;
        }
        return PivotedHouseholder.Solve(wx, wz, n, m, settings.RankTolerance);
    }

    /// <summary>Rows per block of the pass: small enough for the block's columns to stay in cache.</summary>
    private const int BlockRows = 4096;

    /// <summary>
    /// Updates eta (from beta, unless beta is null), returns the deviance at the new fit and accumulates
    /// the next step's X'WX and X'Wz into <paramref name="next"/>.
    /// </summary>
    /// <remarks>
    /// The rows are cut into fixed blocks of <see cref="BlockRows"/>; large designs run the blocks in
    /// parallel. Each block sums its own rows and the block sums are then added in block order, so the
    /// result does not depend on the number of threads.
    /// </remarks>
    private static double Pass(LogisticDesign d, double[]? offset, double[]? beta, double[] eta, Accumulator next)
    {
        var n = d.Rows;
        var m = d.Columns;
        Array.Clear(next.XtWX);
        Array.Clear(next.XtWz);
        var blocks = Math.Max(1, (n + BlockRows - 1) / BlockRows);
        var stride = m * m + m;
        var partial = new double[blocks * stride];
        var deviances = new double[blocks];
        void Run(int block, Workspace ws)
        {
            var from = block * BlockRows;
            var to = Math.Min(n, from + BlockRows);
            var sums = partial.AsSpan(block * stride, stride);
            deviances[block] = PassRows(d, offset, beta, eta, from, to, sums[..(m * m)], sums[(m * m)..], ws);
        }

        if (blocks == 1 || (long)n * m < ParallelThreshold)
        {
            using var ws = new Workspace(Math.Min(n, BlockRows));
            for (var block = 0; block < blocks; block++) Run(block, ws);
        }
        else
        {
            Parallel.For(0, blocks, () => new Workspace(BlockRows), (block, _, ws) =>
            {
                Run(block, ws);
                return ws;
            }, ws => ws.Dispose());
        }

        var dev = 0.0;
        for (var block = 0; block < blocks; block++)
        {
            dev += deviances[block];
            var sums = partial.AsSpan(block * stride, stride);
            for (var k = 0; k < m * m; k++) next.XtWX[k] += sums[k];
            for (var k = 0; k < m; k++) next.XtWz[k] += sums[m * m + k];
        }
        return dev;
    }

    /// <summary>Below this many design cells a pass runs on one thread (thread start-up would cost more).</summary>
    private const long ParallelThreshold = 200_000;

    /// <summary>The pass over rows [from, to): the hot loop of every fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double PassRows(LogisticDesign d, double[]? offset, double[]? beta, double[] eta, int from, int to,
        Span<double> xtwx, Span<double> xtwz, Workspace ws)
    {
        // Indices stay far below int.MaxValue (the design array exists), so the checked arithmetic the
        // project enables elsewhere would only cost time here.
        unchecked
        {
            var n = d.Rows;
            var m = d.Columns;
            var len = to - from;
            var e = eta.AsSpan(from, len);
            if (beta is not null)
            {
                if (offset is null) e.Clear();
                else offset.AsSpan(from, len).CopyTo(e);
                for (var j = 0; j < m; j++) VectorMath.AddScaled(beta[j], d.X.AsSpan(j * n + from, len), e);
            }

            var w = ws.W.AsSpan(0, len);
            var z = ws.Z.AsSpan(0, len);
            var dev = BinomialLogit.WorkingValues(e, d.Y.AsSpan(from, len), offset is null ? default : offset.AsSpan(from, len), w, z);

            var wx = ws.WX.AsSpan(0, len);
            for (var j = 0; j < m; j++)
            {
                VectorMath.Multiply(w, d.X.AsSpan(j * n + from, len), wx);
                xtwz[j] += VectorMath.Dot(wx, z);
                for (var k = j; k < m; k++) xtwx[j * m + k] += VectorMath.Dot(wx, d.X.AsSpan(k * n + from, len));
            }
            return dev;
        }
    }

    /// <summary>
    /// Per-thread scratch of one block: weights, working response, weighted column. Rented from the shared
    /// pool: fresh arrays of this size would land on the large-object heap on every pass and force full collections.
    /// </summary>
    private sealed class Workspace(int rows) : IDisposable
    {
        public double[] W { get; } = ArrayPool<double>.Shared.Rent(rows);

        public double[] Z { get; } = ArrayPool<double>.Shared.Rent(rows);

        public double[] WX { get; } = ArrayPool<double>.Shared.Rent(rows);

        public void Dispose()
        {
            ArrayPool<double>.Shared.Return(W);
            ArrayPool<double>.Shared.Return(Z);
            ArrayPool<double>.Shared.Return(WX);
        }
    }

    /// <summary>Normal equations X'WX (upper triangle, row-major) and X'Wz.</summary>
    private sealed class Accumulator(int m)
    {
        public double[] XtWX { get; } = new double[m * m];

        public double[] XtWz { get; } = new double[m];
    }
}
