using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>
    /// Work (rows × columns) from which placing the rows runs on two threads. Small fits, which a report makes by the
    /// hundred, stay on one.
    /// </summary>
    internal const long ParallelWork = 200_000;

    /// <summary>
    /// Whether work of this size goes to two threads: from <see cref="ParallelWork"/>, and only when there is a second
    /// processor (on one, the split costs a little and gains nothing; the results are the same either way).
    /// </summary>
    internal static bool OnTwoThreads(long work) => work >= ParallelWork && Environment.ProcessorCount > 1;

    /// <summary>The covariates in processing order, centred and scaled (finite values assumed).</summary>
    public static CoxDesign Create(double[,] covariates, int[] order) => Create(covariates, order, ColumnScaling.Measure(covariates));

    /// <summary>
    /// The covariates in processing order, centred and scaled as <paramref name="scaling"/> says. The scaling does not
    /// depend on the order, so it can be measured while the risk sets are being sorted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoxDesign Create(double[,] covariates, int[] order, ColumnScaling scaling)
    {
        var n = order.Length;
        var p = covariates.GetLength(1);
        var (means, scales, leftAlone) = (scaling.Means, scaling.Scales, scaling.LeftAlone);

        // Reading the rows in their own order and scattering them to their sorted places is faster than the
        // reverse: the processor does not wait for scattered writes as it waits for scattered reads. Each row is
        // written once, whatever the split, so the result does not depend on the number of threads.
        var position = new int[n];
        for (var k = 0; k < n; k++) position[order[k]] = k;
        var x = GC.AllocateUninitializedArray<double>(n * p);
        void Place(int from, int to)
        {
            var source = Flat(covariates);
            for (var i = from; i < to; i++)
            {
                var row = source.Slice(i * p, p);
                var target = x.AsSpan(position[i] * p, p);
                for (var j = 0; j < p; j++) target[j] = leftAlone[j] ? row[j] : (row[j] - means[j]) * scales[j];
            }
        }
        if (!OnTwoThreads((long)n * p)) Place(0, n);
        else Parallel.Invoke(() => Place(0, n / 2), () => Place(n / 2, n));
        return new CoxDesign(x, n, p, means, scales);
    }

    /// <summary>The elements of a matrix in memory order (row-major), without copying.</summary>
    public static ReadOnlySpan<double> Flat(double[,] matrix) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(matrix)), matrix.Length);

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
