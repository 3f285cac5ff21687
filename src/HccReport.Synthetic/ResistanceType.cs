namespace HccReport.Synthetic;

/// <summary>Type of lenvatinib resistance of an included patient (the study's groups).</summary>
internal enum ResistanceType
{
    /// <summary>Progression within 3 months of lenvatinib start (generated at 35-88 days).</summary>
    Primary,

    /// <summary>Progression after 3 months (generated at 96 days or later).</summary>
    Secondary,
}
