using System.Collections;

namespace Site.Templating.Runtime;

/// <summary>A lazy integer range produced by <c>a..b</c> or <c>a..&lt;b</c>.</summary>
public sealed class ScriptRange(long from, long to, bool inclusive) : IReadOnlyList<object?>
{
    public long From { get; } = from;

    public long To { get; } = to;

    public bool Inclusive { get; } = inclusive;

    public int Count
    {
        get
        {
            var span = Math.Abs(To - From) + (Inclusive ? 1 : 0);
            return (int)Math.Min(span, int.MaxValue);
        }
    }

    private int Step => To >= From ? 1 : -1;

    public object? this[int index] => Box(From + ((long)Step * index));

    private static object Box(long v) => v is >= int.MinValue and <= int.MaxValue ? (int)v : v;

    public IEnumerator<object?> GetEnumerator()
    {
        var count = Count;
        var step = Step;
        for (var i = 0; i < count; i++)
        {
            yield return Box(From + ((long)step * i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
