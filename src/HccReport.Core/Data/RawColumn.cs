namespace HccReport.Core.Data;

/// <summary>
/// A column as read, before typing: each distinct cell text is stored once and rows hold its index (-1 for a
/// missing marker). Typing then parses each distinct text once, which is what makes a million rows fast. A column
/// whose texts rarely repeat (ids, continuous measurements) switches to one text per row after a probe, since
/// interning a million distinct texts costs more than it saves; <see cref="Distinct"/> then holds every text.
/// </summary>
internal sealed class RawColumn
{
    private const int ProbeRows = 4096;

    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int[] _codes = new int[1024];

    public RawColumn(string name)
    {
        Name = name;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name { get; }

    /// <summary>The distinct texts in order of appearance; with <see cref="IsPlain"/>, every row's text (repeats included).</summary>
    public List<string> Distinct { get; private set; } = [];

    /// <summary>True when texts are stored per row instead of interned (see the class remarks).</summary>
    public bool IsPlain { get; private set; }

    public int Count { get; private set; }

    public ReadOnlySpan<int> Codes => _codes.AsSpan(0, Count);

    public void AddMissing() => Append(-1);

    public void Add(string text) => Add(text.AsSpan());

    /// <summary>Adds a cell given as characters; a string is made only for a text not seen before (or per row once plain).</summary>
    public void Add(ReadOnlySpan<char> text)
    {
        if (IsPlain)
        {
            Distinct.Add(text.ToString());
            Append(Distinct.Count - 1);
            return;
        }
        if (!_lookup.TryGetValue(text, out var code))
        {
            code = Distinct.Count;
            var value = text.ToString();
            _index.Add(value, code);
            Distinct.Add(value);
        }
        Append(code);
        if (Count == ProbeRows && Distinct.Count > ProbeRows / 2)
            GoPlain();
    }

    private void GoPlain()
    {
        var texts = new List<string>(Math.Max(Count, 1024));
        for (var i = 0; i < Count; i++)
        {
            if (_codes[i] < 0)
                continue;
            texts.Add(Distinct[_codes[i]]);
            _codes[i] = texts.Count - 1;
        }
        Distinct = texts;
        _index.Clear();
        IsPlain = true;
    }

    private void Append(int code)
    {
        if (Count == _codes.Length)
            Array.Resize(ref _codes, _codes.Length * 2);
        _codes[Count++] = code;
    }

    /// <summary>The text of a row, or null for a missing marker.</summary>
    public string? Text(int row) => _codes[row] < 0 ? null : Distinct[_codes[row]];
}
