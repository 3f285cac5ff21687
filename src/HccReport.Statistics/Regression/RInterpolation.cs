namespace HccReport.Statistics.Regression;

/// <summary>
/// R's <c>spline(method = "fmm")</c> and <c>approx(rule = 1)</c>, as used by MASS's
/// <c>confint.profile.glm</c> to read a profile-likelihood interval off the profile points.
/// Reproduced operation for operation so that the interpolated bounds agree with R's to rounding.
/// </summary>
internal static class RInterpolation
{
    /// <summary>
    /// <c>spline(x, y, n = 3 * length(x), method = "fmm")</c>: the interpolating cubic spline of Forsythe,
    /// Malcolm and Moler (end conditions matching the third derivatives of the cubics through the first and
    /// last four points), evaluated at n equally spaced points from min(x) to max(x).
    /// Ties in x are collapsed to the mean of their y, as R's <c>regularize.values</c>.
    /// </summary>
    public static (double[] X, double[] Y) SplineFmm(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var (xs, ys) = Regularize(x, y);
        var count = 3 * x.Count;
        var grid = SequenceLengthOut(xs[0], xs[^1], count);
        var (b, c, d) = FmmCoefficients(xs, ys);
        var values = new double[count];
        var i = 0;
        var n = xs.Length;
        for (var l = 0; l < count; l++)
        {
            var u = grid[l];
            if (u < xs[i] || (i < n - 1 && xs[i + 1] < u))
            {
                // Bisection for x[i] <= u <= x[i+1], as R's spline_eval.
                i = 0;
                var j = n;
                do
                {
                    var k = (i + j) / 2;
                    if (u < xs[k]) j = k;
                    else i = k;
                }
                while (j > i + 1);
            }
            var dx = u - xs[i];
            values[l] = ys[i] + dx * (b[i] + dx * (c[i] + dx * d[i]));
        }
        return (grid, values);
    }

    /// <summary>
    /// <c>approx(x, y, xout)$y</c> with linear interpolation and rule = 1: null outside the range of x.
    /// </summary>
    public static double? Approx(IReadOnlyList<double> x, IReadOnlyList<double> y, double xout)
    {
        var (xs, ys) = Regularize(x, y);
        var n = xs.Length;
        if (n == 0 || double.IsNaN(xout)) return null;
        if (xout < xs[0] || xout > xs[n - 1]) return null;
        var i = 0;
        var j = n - 1;
        while (i < j - 1)
        {
            var ij = (i + j) / 2;
            if (xout < xs[ij]) j = ij;
            else i = ij;
        }
        if (xout == xs[j]) return ys[j];
        if (xout == xs[i]) return ys[i];
        return ys[i] + (ys[j] - ys[i]) * ((xout - xs[i]) / (xs[j] - xs[i]));
    }

    /// <summary>
    /// R's <c>seq.int(from, to, length.out = n)</c>: the ends exact, interior points from the nearer end.
    /// </summary>
    internal static double[] SequenceLengthOut(double from, double to, int n)
    {
        var s = new double[n];
        if (n > 0) s[0] = from;
        if (n > 1) s[n - 1] = to;
        if (n > 2)
        {
            var by = (to - from) / (n - 1);
            for (var i = 1; i < n - 1; i++)
                s[i] = i < n / 2 ? from + i * by : to - (n - 1 - i) * by;
        }
        return s;
    }

    /// <summary>Sorts by x (stably) and replaces runs of equal x by one point with the mean y.</summary>
    private static (double[] X, double[] Y) Regularize(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var order = Enumerable.Range(0, x.Count).Where(i => !double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            .OrderBy(i => x[i]).ToArray();
        var xs = new List<double>();
        var ys = new List<double>();
        var k = 0;
        while (k < order.Length)
        {
            var v = x[order[k]];
            var sum = 0.0;
            var count = 0;
            while (k < order.Length && x[order[k]] == v)
            {
                sum += y[order[k]];
                count++;
                k++;
            }
            xs.Add(v);
            ys.Add(sum / count);
        }
        return (xs.ToArray(), ys.ToArray());
    }

    /// <summary>Coefficients b, c, d of the Forsythe-Malcolm-Moler spline (R's fmm_spline), 0-based.</summary>
    private static (double[] B, double[] C, double[] D) FmmCoefficients(double[] x, double[] y)
    {
        var n = x.Length;
        var b = new double[n];
        var c = new double[n];
        var d = new double[n];
        if (n < 2) return (b, c, d);
        if (n < 3)
        {
            b[0] = (y[1] - y[0]) / (x[1] - x[0]);
            b[1] = b[0];
            return (b, c, d);
        }

        // Tridiagonal system: b diagonal, d off-diagonal, c right-hand side.
        d[0] = x[1] - x[0];
        c[1] = (y[1] - y[0]) / d[0];
        for (var i = 1; i < n - 1; i++)
        {
            d[i] = x[i + 1] - x[i];
            b[i] = 2.0 * (d[i - 1] + d[i]);
            c[i + 1] = (y[i + 1] - y[i]) / d[i];
            c[i] = c[i + 1] - c[i];
        }

        // End conditions: third derivatives at the ends from divided differences of the end cubics.
        b[0] = -d[0];
        b[n - 1] = -d[n - 2];
        c[0] = 0.0;
        c[n - 1] = 0.0;
        if (n > 3)
        {
            c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0]);
            c[n - 1] = c[n - 2] / (x[n - 1] - x[n - 3]) - c[n - 3] / (x[n - 2] - x[n - 4]);
            c[0] = c[0] * d[0] * d[0] / (x[3] - x[0]);
            c[n - 1] = -c[n - 1] * d[n - 2] * d[n - 2] / (x[n - 1] - x[n - 4]);
        }

        for (var i = 1; i < n; i++)
        {
            var t = d[i - 1] / b[i - 1];
            b[i] -= t * d[i - 1];
            c[i] -= t * c[i - 1];
        }
        c[n - 1] /= b[n - 1];
        for (var i = n - 2; i >= 0; i--) c[i] = (c[i] - d[i] * c[i + 1]) / b[i];

        b[n - 1] = (y[n - 1] - y[n - 2]) / d[n - 2] + d[n - 2] * (c[n - 2] + 2.0 * c[n - 1]);
        for (var i = 0; i < n - 1; i++)
        {
            b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2.0 * c[i]);
            d[i] = (c[i + 1] - c[i]) / d[i];
            c[i] = 3.0 * c[i];
        }
        c[n - 1] = 3.0 * c[n - 1];
        d[n - 1] = d[n - 2];
        return (b, c, d);
    }
}
