namespace HccReport.Core.Data;

/// <summary>
/// A column as read, before typing: each distinct cell text is stored once and rows hold its index (-1 for a
/// missing marker). Typing then parses each distinct text once, which is what makes a million rows fast.
/// </summary>
internal sealed class RawColumn(string name)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private int[] _codes = new int[1024];

    public string Name { get; } = name;

    public List<string> Distinct { get; } = [];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Codes => _codes.AsSpan(0, Count);

    public void AddMissing() => Append(-1);

    public void Add(string text)
    {
        if (!_index.TryGetValue(text, out var code))
        {
            code = Distinct.Count;
            _index.Add(text, code);
            Distinct.Add(text);
        }
        Append(code);
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
