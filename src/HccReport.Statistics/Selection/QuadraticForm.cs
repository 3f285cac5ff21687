using MathNet.Numerics.LinearAlgebra;

namespace HccReport.Statistics.Selection;

/// <summary>
/// u' A^+ u for a small symmetric positive semi-definite A: the Wald and score statistics. A is first scaled
/// to unit diagonal (so the tolerance does not depend on units), then inverted through its eigenvalues,
/// dropping those below 1e-10 of the largest; for a non-singular A this is the ordinary u' A^-1 u.
/// </summary>
internal static class QuadraticForm
{
    /// <summary>Returns the form and the number of eigen-directions kept (the effective degrees of freedom).</summary>
    public static (double Value, int Rank) Evaluate(double[,] a, double[] u)
    {
        var k = u.Length;
        if (k == 0) return (0.0, 0);
        var scale = new double[k];
        for (var i = 0; i < k; i++) scale[i] = a[i, i] > 0 ? 1.0 / Math.Sqrt(a[i, i]) : 0.0;
        var m = Matrix<double>.Build.Dense(k, k, (i, j) => a[i, j] * scale[i] * scale[j]);
        var v = Vector<double>.Build.Dense(k, i => u[i] * scale[i]);

        var cholesky = TryCholesky(m);
        if (cholesky is not null) return (v.DotProduct(cholesky.Solve(v)), k);

        var evd = m.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(e => e.Real).ToArray();
        var largest = values.Max();
        var total = 0.0;
        var rank = 0;
        for (var e = 0; e < k; e++)
        {
            if (!(values[e] > 1e-10 * largest)) continue;
            var projection = evd.EigenVectors.Column(e).DotProduct(v);
            total += projection * projection / values[e];
            rank++;
        }
        return (total, rank);
    }

    private static MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double>? TryCholesky(Matrix<double> m)
    {
        // Accept Cholesky only when it is well conditioned; otherwise use the eigen route.
        try
        {
            var c = m.Cholesky();
            var d = c.Factor.Diagonal();
            return d.Minimum() > 1e-5 * d.Maximum() ? c : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
