namespace HccReport.Statistics.Regression;

/// <summary>
/// Solves X'WX b = X'Wz for a small number of columns by Cholesky. This is the fast path of every IRLS
/// step; it declines (returns null) whenever a column is close to a combination of the earlier ones,
/// and the caller then repeats the step with <see cref="PivotedHouseholder"/>, which decides aliasing
/// exactly as R does. Declining early matters because the normal equations square the condition number:
/// an exactly collinear column leaves a pivot of rounding size (about 1e-16 of its diagonal), far above
/// R's QR tolerance of 1e-11 on the column norm, so Cholesky alone cannot tell R's NA columns apart.
/// </summary>
internal static class NormalEquations
{
    /// <summary>
    /// A pivot below this fraction of its diagonal sends the step to the QR path. Such a column keeps
    /// less than 0.3% of its norm after the earlier columns are projected out; real clinical designs
    /// stay well above it, and below it the QR path is both R's rule and the more accurate solver.
    /// </summary>
    public const double SuspectRatio = 1e-5;

    /// <summary>
    /// Solves with the upper triangle of <paramref name="xtwx"/> (row-major m x m, entries k &gt;= j used).
    /// Returns null when a pivot is suspect.
    /// </summary>
    public static WlsSolution? TrySolve(double[] xtwx, double[] xtwz, int m)
    {
        var l = new double[m * m];
        for (var j = 0; j < m; j++)
        {
            var ajj = xtwx[j * m + j];
            var s = ajj;
            for (var k = 0; k < j; k++) s -= l[j * m + k] * l[j * m + k];
            if (!(ajj > 0) || !(s >= SuspectRatio * ajj)) return null;
            var d = Math.Sqrt(s);
            l[j * m + j] = d;
            for (var i = j + 1; i < m; i++)
            {
                var t = xtwx[j * m + i];
                for (var k = 0; k < j; k++) t -= l[i * m + k] * l[j * m + k];
                l[i * m + j] = t / d;
            }
        }

        // Forward then back substitution: L u = b, L' beta = u.
        var u = new double[m];
        for (var i = 0; i < m; i++)
        {
            var t = xtwz[i];
            for (var k = 0; k < i; k++) t -= l[i * m + k] * u[k];
            u[i] = t / l[i * m + i];
        }
        var beta = new double[m];
        for (var i = m - 1; i >= 0; i--)
        {
            var t = u[i];
            for (var k = i + 1; k < m; k++) t -= l[k * m + i] * beta[k];
            beta[i] = t / l[i * m + i];
        }

        return new WlsSolution(beta, new bool[m], InverseFromCholesky(l, m));
    }

    /// <summary>(L L')^-1 = L^-T L^-1 from a lower-triangular factor.</summary>
    internal static double[] InverseFromCholesky(double[] l, int m)
    {
        var inv = new double[m * m]; // L^-1, lower triangular
        for (var j = 0; j < m; j++)
        {
            inv[j * m + j] = 1.0 / l[j * m + j];
            for (var i = j + 1; i < m; i++)
            {
                var t = 0.0;
                for (var k = j; k < i; k++) t -= l[i * m + k] * inv[k * m + j];
                inv[i * m + j] = t / l[i * m + i];
            }
        }
        var cov = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var t = 0.0;
                for (var k = i; k < m; k++) t += inv[k * m + i] * inv[k * m + j];
                cov[i * m + j] = t;
                cov[j * m + i] = t;
            }
        }
        return cov;
    }
}
