namespace HccReport.Statistics.Regression;

/// <summary>
/// Least squares by Householder QR with R's "limited column pivoting" (LINPACK dqrdc2 as modified for R,
/// used by lm.fit and glm.fit through Cdqrls). Columns are taken left to right; a column whose norm,
/// after the earlier kept columns are projected out, falls below <c>tol</c> times its original norm is
/// moved to the end and counted as aliased. Kept columns stay in their original order, so the aliased
/// ones are exactly those R reports as NA.
/// </summary>
internal static class PivotedHouseholder
{
    /// <summary>
    /// Solves min |wz - wx b| for a column-major <paramref name="wx"/> (n x m, overwritten) and
    /// <paramref name="wz"/> (length n, overwritten). Aliased coefficients are returned as 0.
    /// </summary>
    public static WlsSolution Solve(double[] wx, double[] wz, int n, int m, double tol)
    {
        var perm = new int[m];
        var originalNorm = new double[m];
        for (var j = 0; j < m; j++)
        {
            perm[j] = j;
            var norm = Norm(wx, j * n, n);
            originalNorm[j] = norm == 0 ? 1.0 : norm;
        }

        var kept = m; // columns at positions >= kept have been moved to the end as negligible
        var steps = Math.Min(n, m);
        for (var l = 0; l < steps; l++)
        {
            while (l < kept && Norm(wx, l * n + l, n - l) < originalNorm[l] * tol)
            {
                RotateToEnd(wx, n, m, l, perm, originalNorm);
                kept--;
            }
            if (l >= kept) break;
            if (l == n - 1) continue; // the last row needs no reflection

            var col = l * n;
            var nrmxl = Norm(wx, col + l, n - l);
            if (nrmxl == 0) continue;
            if (wx[col + l] != 0) nrmxl = Math.CopySign(nrmxl, wx[col + l]);
            for (var i = l; i < n; i++) wx[col + i] /= nrmxl;
            wx[col + l] += 1.0;

            for (var j = l + 1; j < m; j++)
            {
                var other = j * n;
                var t = 0.0;
                for (var i = l; i < n; i++) t -= wx[col + i] * wx[other + i];
                t /= wx[col + l];
                for (var i = l; i < n; i++) wx[other + i] += t * wx[col + i];
            }
            {
                var t = 0.0;
                for (var i = l; i < n; i++) t -= wx[col + i] * wz[i];
                t /= wx[col + l];
                for (var i = l; i < n; i++) wz[i] += t * wx[col + i];
            }
            wx[col + l] = -nrmxl; // the diagonal of R
        }

        var rank = Math.Min(kept, n);

        // Back substitution R b = Q'wz on the kept columns (R is the upper triangle of wx).
        var b = new double[rank];
        for (var i = rank - 1; i >= 0; i--)
        {
            var t = wz[i];
            for (var k = i + 1; k < rank; k++) t -= wx[k * n + i] * b[k];
            b[i] = t / wx[i * n + i];
        }

        // (R'R)^-1 over the kept columns: R^-1 (upper) times its transpose.
        var rinv = new double[rank * rank];
        for (var j = 0; j < rank; j++)
        {
            rinv[j * rank + j] = 1.0 / wx[j * n + j];
            for (var i = j - 1; i >= 0; i--)
            {
                var t = 0.0;
                for (var k = i + 1; k <= j; k++) t -= wx[k * n + i] * rinv[k * rank + j];
                rinv[i * rank + j] = t / wx[i * n + i];
            }
        }

        var beta = new double[m];
        var aliased = new bool[m];
        var cov = new double[m * m];
        for (var p = 0; p < m; p++)
        {
            if (p < rank) beta[perm[p]] = b[p];
            else aliased[perm[p]] = true;
        }
        for (var p = 0; p < rank; p++)
        {
            for (var q = 0; q < rank; q++)
            {
                var t = 0.0;
                for (var k = Math.Max(p, q); k < rank; k++) t += rinv[p * rank + k] * rinv[q * rank + k];
                cov[perm[p] * m + perm[q]] = t;
            }
        }
        return new WlsSolution(beta, aliased, cov);
    }

    private static double Norm(double[] a, int start, int count)
    {
        // Scaled sum of squares, as BLAS dnrm2, so that tiny or huge weights cannot underflow or overflow.
        var scale = 0.0;
        var ssq = 1.0;
        for (var i = start; i < start + count; i++)
        {
            var v = a[i];
            if (v == 0) continue;
            var av = Math.Abs(v);
            if (scale < av)
            {
                ssq = 1.0 + ssq * (scale / av) * (scale / av);
                scale = av;
            }
            else
            {
                ssq += (av / scale) * (av / scale);
            }
        }
        return scale * Math.Sqrt(ssq);
    }

    private static void RotateToEnd(double[] a, int n, int m, int l, int[] perm, double[] originalNorm)
    {
        var saved = new double[n];
        Array.Copy(a, l * n, saved, 0, n);
        Array.Copy(a, (l + 1) * n, a, l * n, (m - l - 1) * n);
        Array.Copy(saved, 0, a, (m - 1) * n, n);

        var p = perm[l];
        var norm = originalNorm[l];
        for (var j = l + 1; j < m; j++)
        {
            perm[j - 1] = perm[j];
            originalNorm[j - 1] = originalNorm[j];
        }
        perm[m - 1] = p;
        originalNorm[m - 1] = norm;
    }
}
