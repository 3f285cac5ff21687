using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HccReport.Core.Spec;

/// <summary>
/// Passes YamlDotNet's events through and stops a document nested deeper than a limit. YamlDotNet's node loader
/// recurses once per level, so <c>[[[[...</c> a hundred thousand deep overflows the stack and kills the process
/// (no exception can catch that); a spec needs a handful of levels.
/// </summary>
internal sealed class DepthLimitedParser(IParser inner, int limit) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
            return false;
        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > limit:
                throw new TooDeepException(inner.Current.Start, limit);
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }
        return true;
    }

    /// <summary>The document is nested deeper than the limit.</summary>
    internal sealed class TooDeepException(Mark at, int limit)
        : YamlException(at, at, $"The YAML is nested more than {limit} levels deep.")
    {
        public int Limit { get; } = limit;
    }
}
