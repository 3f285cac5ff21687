namespace HccReport.Core.Spec;

/// <summary>What to do with a cell that does not fit its column's type (spec key <c>data.on_bad_cell</c>).</summary>
public enum BadCellPolicy
{
    /// <summary><c>error</c> (default): each such cell is an error naming row id and column.</summary>
    Error,

    /// <summary><c>missing</c>: the cell becomes missing and is counted in the data-quality summary.</summary>
    Missing,
}
