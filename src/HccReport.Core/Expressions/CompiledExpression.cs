using HccReport.Core.Data;
using HccReport.Core.Spec;
using NCalc;

namespace HccReport.Core.Expressions;

/// <summary>
/// An expression parsed by NCalc and checked against a data set's columns; evaluate it over that data set (or one
/// with the same columns, such as the data set with later derived variables added).
/// </summary>
public sealed class CompiledExpression
{
    private readonly LogicalExpression _tree;

    internal CompiledExpression(SpecExpression source, LogicalExpression tree, ExpressionType type)
    {
        Source = source;
        _tree = tree;
        Type = type;
    }

    /// <summary>The expression as written, with its place in the spec.</summary>
    public SpecExpression Source { get; }

    /// <summary>The type of its value.</summary>
    public ExpressionType Type { get; }

    /// <summary>
    /// Evaluates the expression for every row into a new column named <paramref name="name"/>: a number column, a
    /// boolean (binary) column, a date column, or a categorical column (levels in first-seen order of the branches,
    /// or the labels of <c>cut</c> in their order).
    /// </summary>
    public Column Evaluate(Dataset data, string name)
    {
        ArgumentNullException.ThrowIfNull(data);
        var vector = _tree.Accept(new ExpressionEvaluator(data));
        switch (vector)
        {
            case NumberVector numbers:
                return new NumericColumn(name, numbers.Values);
            case BooleanVector flags:
                return new BooleanColumn(name, flags.Values);
            case DateVector dates:
                var days = new int[dates.Days.Length];
                for (var i = 0; i < days.Length; i++)
                    days[i] = double.IsNaN(dates.Days[i]) ? DateColumn.MissingDay : (int)Math.Floor(dates.Days[i]);
                return new DateColumn(name, days);
            case TextVector text:
                return new CategoricalColumn(name, text.Codes, text.Levels);
            default:
                throw new InvalidOperationException("Unknown vector type.");
        }
    }

    /// <summary>
    /// Evaluates a condition where it decides a row's fate: true where the condition holds, false where it does not
    /// or is missing (the contract's rule for <c>when</c> and <c>where</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The expression is not a condition (<see cref="Type"/> is not Boolean).</exception>
    public bool[] EvaluateCondition(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (Type != ExpressionType.Boolean)
            throw new InvalidOperationException($"'{Source.Text}' is not a condition.");
        var flags = ((BooleanVector)_tree.Accept(new ExpressionEvaluator(data))).Values;
        var result = new bool[flags.Length];
        for (var i = 0; i < result.Length; i++)
            result[i] = flags[i] == 1;
        return result;
    }

    /// <inheritdoc/>
    public override string ToString() => Source.Text;
}
