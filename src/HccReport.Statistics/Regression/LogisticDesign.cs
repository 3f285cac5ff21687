namespace HccReport.Statistics.Regression;

/// <summary>
/// A binary-outcome design as the fitting code reads it: the model matrix in one flat row-major array
/// (row i occupies <c>X[i*Columns .. i*Columns+Columns)</c>) and the outcome as 0/1 doubles.
/// A flat array keeps the per-row loops free of 2-D indexing and lets one pass read a row contiguously.
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

    /// <summary>Model matrix, row-major, <see cref="Rows"/> x <see cref="Columns"/>.</summary>
    public double[] X { get; }

    /// <summary>Outcome, 1 for an event and 0 otherwise.</summary>
    public double[] Y { get; }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>
    /// The design with an intercept column first, then the caller's columns: the layout of R's
    /// <c>model.matrix(y ~ x1 + ... + xk)</c>.
    /// </summary>
    public static LogisticDesign WithIntercept(IReadOnlyList<bool> y, double[,] x)
    {
        var n = x.GetLength(0);
        var k = x.GetLength(1);
        var m = k + 1;
        var flat = new double[n * m];
        var outcome = new double[n];
        for (var i = 0; i < n; i++)
        {
            var b = i * m;
            flat[b] = 1.0;
            for (var j = 0; j < k; j++) flat[b + j + 1] = x[i, j];
            outcome[i] = y[i] ? 1.0 : 0.0;
        }
        return new LogisticDesign(flat, outcome, n, m);
    }

    /// <summary>A design made of some of these columns, in the order given.</summary>
    public LogisticDesign SelectColumns(IReadOnlyList<int> columns)
    {
        var m = columns.Count;
        var flat = new double[Rows * m];
        for (var i = 0; i < Rows; i++)
        {
            var from = i * Columns;
            var to = i * m;
            for (var j = 0; j < m; j++) flat[to + j] = X[from + columns[j]];
        }
        return new LogisticDesign(flat, Y, Rows, m);
    }

    /// <summary>One column as a new array.</summary>
    public double[] Column(int j)
    {
        var c = new double[Rows];
        for (var i = 0; i < Rows; i++) c[i] = X[i * Columns + j];
        return c;
    }
}
