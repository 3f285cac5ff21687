using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace HccReport.Rendering.Html;

/// <summary>
/// Resolves Scriban <c>include</c>s. A name is looked up first in the custom template's folder (the spec's folder)
/// and then among the built-in templates (templates/ of the repository, shipped inside this assembly). Nothing
/// else can be read: rooted paths, paths that climb out of the folder, and links that point out of it are refused,
/// so a shared template cannot pull a local file into a report.
/// </summary>
internal sealed class SafeTemplateLoader(string? root) : ITemplateLoader
{
    internal const string BuiltInPrefix = "builtin:";
    private const string ResourcePrefix = "HccReport.Rendering.Templates.";

    /// <summary>The text of a built-in template, e.g. <c>report.html.sbn</c>, or null when there is none of that name.</summary>
    public static string? BuiltIn(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Resolve(templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        templatePath.StartsWith(BuiltInPrefix, StringComparison.Ordinal)
            ? BuiltIn(templatePath[BuiltInPrefix.Length..]) ?? throw new TemplateException($"No built-in template '{templatePath}'.")
            : File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>The path of an included template, or a <see cref="TemplateException"/> saying why it is refused.</summary>
    public string Resolve(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || Path.IsPathRooted(name) || name.Contains(':', StringComparison.Ordinal) ||
            name.Split('/', '\\').Any(part => part == ".."))
        {
            throw new TemplateException(
                $"Template include '{name}' is refused: a template may include only files from templates/ or its own folder, by a relative name.");
        }
        if (root is not null)
        {
            var full = Path.GetFullPath(Path.Combine(root, name));
            if (File.Exists(full))
            {
                CheckInside(full, name);
                return full;
            }
        }
        if (BuiltIn(name) is not null) return BuiltInPrefix + name;
        throw new TemplateException($"Template include '{name}' was not found in {(root is null ? "templates/" : "the template's folder or templates/")}.");
    }

    /// <summary>Refuses a file that lies, or links, outside the allowed folder (links are followed at every level).</summary>
    internal void CheckInside(string full, string name)
    {
        var allowed = Path.TrimEndingDirectorySeparator(RealPath(Path.GetFullPath(root!))) + Path.DirectorySeparatorChar;
        if (!RealPath(full).StartsWith(allowed, StringComparison.Ordinal))
            throw new TemplateException($"Template include '{name}' is refused: it resolves outside the template's folder.");
    }

    /// <summary>The path with every symbolic link along it resolved, as realpath(3) gives it.</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                current = RealPath(target.FullName);
        }
        return current;
    }
}
