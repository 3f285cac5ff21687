namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// The generalised Cholesky factorisation A = L D L' of a symmetric non-negative definite matrix,
/// with R survival's rule for redundant columns (its cholesky2, chsolve2 and chinv2 routines):
/// a pivot below <c>tolerance</c> times the largest diagonal element is set to 0, its column counts
/// as aliased, solves give 0 for it and the inverse has a zero row and column there.
/// This is how <c>coxph</c> drops a collinear covariate instead of failing.
/// </summary>
/// <remarks>
/// Matrices are flat, row-major, <c>n</c> by <c>n</c>. The factor overwrites the lower triangle
/// (multipliers below the diagonal, D on it); the upper triangle is left as it was.
/// </remarks>
internal static class LdlDecomposition
{
    /// <summary>
    /// Factors the symmetric matrix held in the upper triangle of <paramref name="m"/>, in place.
    /// Returns the rank, negated when a pivot is clearly negative (the matrix is not non-negative definite).
    /// </summary>
    public static int Factor(double[] m, int n, double tolerance)
    {
        var largest = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (m[i * n + i] > largest) largest = m[i * n + i];
            for (var j = i + 1; j < n; j++) m[j * n + i] = m[i * n + j];
        }
        var eps = largest == 0 ? tolerance : largest * tolerance;

        var rank = 0;
        var nonNegative = true;
        for (var i = 0; i < n; i++)
        {
            var pivot = m[i * n + i];
            if (!double.IsFinite(pivot) || pivot < eps)
            {
                m[i * n + i] = 0;
                if (pivot < -8 * eps) nonNegative = false;
                continue;
            }
            rank++;
            for (var j = i + 1; j < n; j++)
            {
                var multiplier = m[j * n + i] / pivot;
                m[j * n + i] = multiplier;
                m[j * n + j] -= multiplier * multiplier * pivot;
                for (var k = j + 1; k < n; k++) m[k * n + j] -= multiplier * m[k * n + i];
            }
        }
        return nonNegative ? rank : -rank;
    }

    /// <summary>Solves A b = y in place given the factor of A; aliased positions of b are 0.</summary>
    public static void Solve(double[] factor, int n, Span<double> y)
    {
        for (var i = 0; i < n; i++)
        {
            var sum = y[i];
            for (var j = 0; j < i; j++) sum -= y[j] * factor[i * n + j];
            y[i] = sum;
        }
        for (var i = n - 1; i >= 0; i--)
        {
            var d = factor[i * n + i];
            if (d == 0) { y[i] = 0; continue; }
            var sum = y[i] / d;
            for (var j = i + 1; j < n; j++) sum -= y[j] * factor[j * n + i];
            y[i] = sum;
        }
    }

    /// <summary>
    /// Turns the factor into the (generalised) inverse of A, in place, and makes the matrix symmetric.
    /// Rows and columns of aliased positions are 0.
    /// </summary>
    public static void Invert(double[] m, int n)
    {
        // Invert L (unit diagonal) below the diagonal and D on it.
        for (var i = 0; i < n; i++)
        {
            if (!(m[i * n + i] > 0)) continue;
            m[i * n + i] = 1 / m[i * n + i];
            for (var j = i + 1; j < n; j++)
            {
                m[j * n + i] = -m[j * n + i];
                for (var k = 0; k < i; k++) m[j * n + k] += m[j * n + i] * m[i * n + k];
            }
        }

        // Form L^-T D^-1 L^-1 in the upper triangle.
        for (var i = 0; i < n; i++)
        {
            if (m[i * n + i] == 0)
            {
                for (var j = 0; j < i; j++) m[j * n + i] = 0;
                for (var j = i; j < n; j++) m[i * n + j] = 0;
                continue;
            }
            for (var j = i + 1; j < n; j++)
            {
                var t = m[j * n + i] * m[j * n + j];
                m[i * n + j] = t;
                for (var k = i; k < j; k++) m[i * n + k] += t * m[j * n + k];
            }
        }

        for (var i = 0; i < n; i++)
            for (var j = 0; j < i; j++) m[i * n + j] = m[j * n + i];
    }
}
