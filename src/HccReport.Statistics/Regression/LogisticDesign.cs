using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HccReport.Statistics.Regression;

/// <summary>
/// A binary-outcome design as the fitting code reads it: the model matrix column by column in one flat
/// array (column j occupies <c>X[j*Rows .. (j+1)*Rows)</c>) and the outcome as 0/1 doubles.
/// Column-major storage turns every sum over rows (X'WX, X'Wz, X beta) into a contiguous, vectorisable loop.
/// </summary>
internal sealed class LogisticDesign
{
    public LogisticDesign(double[] x, double[] y, int rows, int columns)
    {
        X = x;
        Y = y;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Model matrix, column-major, <see cref="Rows"/> x <see cref="Columns"/>.</summary>
    public double[] X { get; }

    /// <summary>Outcome, 1 for an event and 0 otherwise.</summary>
    public double[] Y { get; }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>Element (i, j).</summary>
    public double this[int i, int j] => X[j * Rows + i];

    /// <summary>Column j.</summary>
    public ReadOnlySpan<double> Column(int j) => X.AsSpan(j * Rows, Rows);

    /// <summary>
    /// The design with an intercept column first, then the caller's columns: the layout of R's
    /// <c>model.matrix(y ~ x1 + ... + xk)</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LogisticDesign WithIntercept(IReadOnlyList<bool> y, double[,] x)
    {
        var n = x.GetLength(0);
        var k = x.GetLength(1);
        var flat = new double[n * (k + 1)];
        var outcome = new double[n];
        flat.AsSpan(0, n).Fill(1.0);
        for (var i = 0; i < n; i++) outcome[i] = y[i] ? 1.0 : 0.0;
        if (k > 0)
        {
            // The rectangular array is row-major in memory; transpose it in row blocks that stay in cache,
            // in parallel for large arrays (blocks write disjoint parts of the columns).
            const int block = 4096;
            var blocks = (n + block - 1) / block;
            void Transpose(int b)
            {
                var source = Cells(x);
                var start = b * block;
                var end = Math.Min(n, start + block);
                for (var j = 0; j < k; j++)
                {
                    var column = flat.AsSpan((j + 1) * n, n);
                    for (var i = start; i < end; i++) column[i] = source[i * k + j];
                }
            }
            if ((long)n * k < 200_000) for (var b = 0; b < blocks; b++) Transpose(b);
            else Parallel.For(0, blocks, Transpose);
        }
        return new LogisticDesign(flat, outcome, n, k + 1);
    }

    /// <summary>The cells of a rectangular array in memory order (row-major), without copying.</summary>
    public static ReadOnlySpan<double> Cells(double[,] x) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(x)), x.Length);

    /// <summary>A design made of some of these columns, in the order given.</summary>
    public LogisticDesign SelectColumns(IReadOnlyList<int> columns)
    {
        var flat = new double[Rows * columns.Count];
        for (var j = 0; j < columns.Count; j++) Column(columns[j]).CopyTo(flat.AsSpan(j * Rows, Rows));
        return new LogisticDesign(flat, Y, Rows, columns.Count);
    }
}
