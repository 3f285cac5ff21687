namespace HccReport.Rendering.Html;

/// <summary>
/// A report template could not be used: it tried to include a file outside templates/ and the spec's folder,
/// named a file that does not exist, or does not parse. The message says which and where.
/// </summary>
public sealed class TemplateException : Exception
{
    /// <summary>A template problem described by <paramref name="message"/>.</summary>
    public TemplateException(string message) : base(message)
    {
    }

    /// <summary>A template problem with the exception that revealed it.</summary>
    public TemplateException(string message, Exception inner) : base(message, inner)
    {
    }
}
