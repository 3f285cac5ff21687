namespace HccReport.Statistics.Tests;

/// <summary>
/// Brent's root finder as R's <c>uniroot</c> runs it (R_zeroin2 in zeroin.c: bisection combined with
/// linear or inverse quadratic interpolation, Forsythe, Malcolm and Moler 1977). Used where R's answer
/// is itself a uniroot result, so that the same iterates, and the same approximate root, come out.
/// </summary>
internal static class BrentZeroin
{
    /// <summary>R's default uniroot tolerance, .Machine$double.eps^0.25.</summary>
    public static readonly double DefaultTolerance = Math.Pow(2.220446049250313e-16, 0.25);

    /// <summary>
    /// <c>uniroot(f, c(lower, upper))$root</c> with uniroot's defaults (tol = eps^0.25, maxiter = 1000).
    /// </summary>
    public static double Uniroot(Func<double, double> f, double lower, double upper) =>
        Find(f, lower, upper, f(lower), f(upper), DefaultTolerance, 1000);

    /// <summary>A root of f in [ax, bx] given f(ax) and f(bx) of opposite signs.</summary>
    public static double Find(Func<double, double> f, double ax, double bx, double fa, double fb, double tol, int maxIterations)
    {
        const double eps = 2.220446049250313e-16;
        double a = ax, b = bx, c = a, fc = fa;
        if (fa == 0.0) return a;
        if (fb == 0.0) return b;

        for (var remaining = maxIterations + 1; remaining > 0; remaining--)
        {
            var previousStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                // Keep b the best approximation so far.
                a = b; b = c; c = a;
                fa = fb; fb = fc; fc = fa;
            }
            var tolerance = 2 * eps * Math.Abs(b) + tol / 2;
            var step = (c - b) / 2;
            if (Math.Abs(step) <= tolerance || fb == 0.0) return b;

            if (Math.Abs(previousStep) >= tolerance && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q;
                var cb = c - b;
                if (a == c)
                {
                    // Two distinct points: secant step.
                    var t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                }
                else
                {
                    // Inverse quadratic interpolation.
                    var qa = fa / fc;
                    var t1 = fb / fc;
                    var t2 = fb / fa;
                    p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1.0));
                    q = (qa - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }
                if (p > 0) q = -q;
                else p = -p;

                // Accept the interpolated point only inside [b, c] and if it shrinks the bracket enough.
                if (p < 0.75 * cb * q - Math.Abs(tolerance * q) / 2 && p < Math.Abs(previousStep * q / 2))
                    step = p / q;
            }

            if (Math.Abs(step) < tolerance) step = step > 0 ? tolerance : -tolerance;
            a = b;
            fa = fb;
            b += step;
            fb = f(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
            }
        }
        return b;
    }
}
