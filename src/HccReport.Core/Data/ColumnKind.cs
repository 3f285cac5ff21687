namespace HccReport.Core.Data;

/// <summary>How a column's values are stored.</summary>
public enum ColumnKind
{
    /// <summary>Numbers (<see cref="NumericColumn"/>); missing is NaN.</summary>
    Number,

    /// <summary>Calendar dates (<see cref="DateColumn"/>).</summary>
    Date,

    /// <summary>True/false (<see cref="BooleanColumn"/>).</summary>
    Boolean,

    /// <summary>Levels with labels (<see cref="CategoricalColumn"/>); text columns are stored this way too.</summary>
    Categorical,
}
