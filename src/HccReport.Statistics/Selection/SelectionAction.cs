namespace HccReport.Statistics.Selection;

/// <summary>What a selection step did.</summary>
public enum SelectionAction
{
    /// <summary>A variable entered the model.</summary>
    Entered,

    /// <summary>A variable left the model.</summary>
    Removed,
}
