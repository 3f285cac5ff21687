namespace HccReport.Core.Expressions;

// Column-wise values an expression evaluates to, one element per row. Missing: NaN for numbers and dates
// (dates as day numbers), -1 for booleans and level codes.

/// <summary>A value per row.</summary>
internal abstract class Vector
{
    public abstract ExpressionType Type { get; }

    public abstract int Length { get; }

    public abstract bool IsMissing(int row);
}

internal sealed class NumberVector(double[] values) : Vector
{
    public double[] Values { get; } = values;

    public override ExpressionType Type => ExpressionType.Number;

    public override int Length => Values.Length;

    public override bool IsMissing(int row) => double.IsNaN(Values[row]);
}

internal sealed class DateVector(double[] days) : Vector
{
    public double[] Days { get; } = days;

    public override ExpressionType Type => ExpressionType.Date;

    public override int Length => Days.Length;

    public override bool IsMissing(int row) => double.IsNaN(Days[row]);
}

internal sealed class BooleanVector(sbyte[] values) : Vector
{
    public sbyte[] Values { get; } = values;

    public override ExpressionType Type => ExpressionType.Boolean;

    public override int Length => Values.Length;

    public override bool IsMissing(int row) => Values[row] < 0;
}

internal sealed class TextVector(int[] codes, string[] levels) : Vector
{
    public int[] Codes { get; } = codes;

    public string[] Levels { get; } = levels;

    public override ExpressionType Type => ExpressionType.Text;

    public override int Length => Codes.Length;

    public override bool IsMissing(int row) => Codes[row] < 0;
}
