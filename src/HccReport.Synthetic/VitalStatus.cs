namespace HccReport.Synthetic;

/// <summary>Vital status at the last contact date (CSV <c>Alive</c> / <c>Dead</c>).</summary>
public enum VitalStatus
{
    /// <summary>Alive at the last contact: follow-up is censored there.</summary>
    Alive,

    /// <summary>Died on the last contact date.</summary>
    Dead,
}
