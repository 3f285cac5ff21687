using System.Collections;

namespace HccReport.Statistics.Survival;

/// <summary>
/// A read-only view of a double array in which NaN (used internally for R's NA) reads as null, so that a
/// million-row curve keeps 8 bytes a value and its public face still says "does not exist" with null.
/// </summary>
internal sealed class NaNAsNullList(double[] values) : IReadOnlyList<double?>
{
    public double? this[int index] => double.IsNaN(values[index]) ? null : values[index];

    public int Count => values.Length;

    public IEnumerator<double?> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
