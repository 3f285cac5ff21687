namespace HccReport.Statistics.Selection;

/// <summary>Why the procedure stopped.</summary>
public enum SelectionStopReason
{
    /// <summary>Enter: every screened candidate was entered at once.</summary>
    AllEntered,

    /// <summary>No variable met the entry or removal criterion.</summary>
    NoVariableQualifies,

    /// <summary>The model after a step equalled an earlier model (SPSS's rule against cycling).</summary>
    ModelRepeated,

    /// <summary>The step limit was reached.</summary>
    StepLimit,

    /// <summary>No candidate passed the univariate screening.</summary>
    NothingPassedScreening,
}
