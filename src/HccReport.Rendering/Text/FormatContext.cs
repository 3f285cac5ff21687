namespace HccReport.Rendering.Text;

/// <summary>What every piece of generated text needs: the number style, the count mask and the time unit.</summary>
/// <param name="Style">Number style of the journal chosen.</param>
/// <param name="Mask">Small-cell suppression.</param>
/// <param name="TimeUnit">Label of every time, e.g. "months".</param>
public sealed record FormatContext(NumberStyle Style, CountMask Mask, string TimeUnit)
{
    /// <summary>The default style, no masking, months.</summary>
    public static FormatContext Default { get; } = new(NumberStyle.Default, CountMask.None, "months");
}
