namespace HccReport.Synthetic;

/// <summary>Sex as recorded (CSV <c>Male</c> / <c>Female</c>).</summary>
public enum Sex
{
    /// <summary>Male.</summary>
    Male,

    /// <summary>Female.</summary>
    Female,
}
