namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// The covariate matrix in processing order (see <see cref="CoxRiskSets"/>), flat and row-major, centred
/// and scaled as <c>coxph.fit</c> does before iterating: a column whose values are all -1, 0 or 1 is left
/// alone (R's <c>nocenter</c> default); any other column has its mean subtracted and is multiplied by
/// n / sum|x - mean|. The likelihood does not change, but the information matrix is better conditioned and
/// the singularity tolerance is applied on the same scale as R, so the same collinear column is dropped.
/// </summary>
internal sealed class CoxDesign
{
    private CoxDesign(double[] x, int rows, int columns, double[] means, double[] scales)
    {
        X = x;
        Rows = rows;
        Columns = columns;
        Means = means;
        Scales = scales;
    }

    /// <summary>Centred and scaled covariates, row-major, in processing order.</summary>
    public double[] X { get; }

    /// <summary>Number of observations.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>The value subtracted from each column (0 for a column left alone).</summary>
    public double[] Means { get; }

    /// <summary>The factor each centred column was multiplied by (1 for a column left alone).</summary>
    public double[] Scales { get; }

    public static CoxDesign Create(double[,] covariates, int[] order)
    {
        var n = order.Length;
        var p = covariates.GetLength(1);
        var x = new double[n * p];
        for (var k = 0; k < n; k++)
        {
            var row = order[k];
            for (var j = 0; j < p; j++) x[k * p + j] = covariates[row, j];
        }

        var means = new double[p];
        var scales = new double[p];
        for (var j = 0; j < p; j++)
        {
            var zeroOne = true;
            for (var k = 0; k < n && zeroOne; k++)
            {
                var v = x[k * p + j];
                zeroOne = v == 0 || v == 1 || v == -1;
            }
            if (zeroOne)
            {
                scales[j] = 1;
                continue;
            }

            double sum = 0;
            for (var k = 0; k < n; k++) sum += x[k * p + j];
            var mean = sum / n;
            double sumAbs = 0;
            for (var k = 0; k < n; k++)
            {
                x[k * p + j] -= mean;
                sumAbs += Math.Abs(x[k * p + j]);
            }
            var scale = sumAbs > 0 ? n / sumAbs : 1.0;
            for (var k = 0; k < n; k++) x[k * p + j] *= scale;
            means[j] = mean;
            scales[j] = scale;
        }
        return new CoxDesign(x, n, p, means, scales);
    }

    /// <summary>The design restricted to <paramref name="columns"/>, in that order (each column keeps its own centring).</summary>
    public CoxDesign Select(IReadOnlyList<int> columns)
    {
        var n = Rows;
        var q = columns.Count;
        var x = new double[n * q];
        var means = new double[q];
        var scales = new double[q];
        for (var c = 0; c < q; c++)
        {
            means[c] = Means[columns[c]];
            scales[c] = Scales[columns[c]];
        }
        for (var k = 0; k < n; k++)
            for (var c = 0; c < q; c++) x[k * q + c] = X[k * Columns + columns[c]];
        return new CoxDesign(x, n, q, means, scales);
    }
}
