using System.Text;

namespace Site.Templating.Builtins;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for builtins that build a short string (dates, slugs,
/// stripped text): the builder is only used between <see cref="Acquire"/> and <see cref="ToStringAndRelease"/>.
/// </summary>
internal static class StringBuilderCache
{
    private const int MaxCachedCapacity = 4096;

    [ThreadStatic]
    private static StringBuilder? _cached;

    public static StringBuilder Acquire(int capacity)
    {
        var sb = _cached;
        if (sb != null && capacity <= sb.Capacity)
        {
            _cached = null;
            sb.Clear();
            return sb;
        }
        return new StringBuilder(Math.Max(capacity, 64));
    }

    public static string ToStringAndRelease(StringBuilder sb)
    {
        var text = sb.ToString();
        Release(sb);
        return text;
    }

    /// <summary>Gives the builder back once its text has been used (e.g. written to the output).</summary>
    public static void Release(StringBuilder sb)
    {
        if (sb.Capacity <= MaxCachedCapacity)
        {
            _cached = sb;
        }
    }
}
