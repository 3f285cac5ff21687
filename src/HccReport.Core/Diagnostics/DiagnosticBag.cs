namespace HccReport.Core.Diagnostics;

/// <summary>
/// Collects problems while a spec or data set is read, so that <c>validate</c> reports all of them at once.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The problems collected so far, in order.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one collected problem is an error.</summary>
    public bool HasErrors => _items.Exists(d => d.IsError);

    /// <summary>Number of errors collected.</summary>
    public int ErrorCount => _items.Count(d => d.IsError);

    /// <summary>Adds one problem.</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.Add(diagnostic);
    }

    /// <summary>Adds several problems.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        _items.AddRange(diagnostics);
    }

    /// <summary>Throws a <see cref="SpecException"/> with everything collected if any of it is an error.</summary>
    /// <exception cref="SpecException">At least one error was collected.</exception>
    public void ThrowIfErrors()
    {
        if (HasErrors)
            throw new SpecException(_items.ToArray());
    }
}
