using System.Collections;

namespace SlideBuilder.Layout;

/// <summary>
/// A window on a list without copying it, so cutting a long paragraph's lines page after page stays
/// linear in the lines (a copy per page would be quadratic). A slice of a slice reads the original.
/// </summary>
internal sealed class ListSlice<T> : IReadOnlyList<T>
{
    private readonly IReadOnlyList<T> _source;
    private readonly int _start;

    private ListSlice(IReadOnlyList<T> source, int start, int count)
    {
        (_source, _start, Count) = (source, start, count);
    }

    public int Count { get; }

    public T this[int index] => (uint)index < (uint)Count ? _source[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Items <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> − 1 of <paramref name="list"/>.</summary>
    public static IReadOnlyList<T> Of(IReadOnlyList<T> list, int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, list.Count);
        return list is ListSlice<T> slice ? new ListSlice<T>(slice._source, slice._start + start, count) : new ListSlice<T>(list, start, count);
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _source[_start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
