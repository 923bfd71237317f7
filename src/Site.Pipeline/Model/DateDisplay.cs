using System.Globalization;

namespace Site.Pipeline.Model;

/// <summary>Formats dates with the theme's per-language patterns (<c>t.date.long</c>, <c>t.date.short</c>), invariant culture.</summary>
public sealed class DateDisplay(string longPattern, string shortPattern)
{
    public static DateDisplay From(UiStrings strings) =>
        new(strings.Get("date.long", "MMMM d, yyyy"), strings.Get("date.short", "yyyy-MM-dd"));

    public string Long(DateOnly date) => date.ToString(longPattern, CultureInfo.InvariantCulture);

    public string Short(DateOnly date) => date.ToString(shortPattern, CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The calendar date as written by the author (its own offset), not converted to UTC.</summary>
    public static DateOnly DateOf(DateTimeOffset value) => DateOnly.FromDateTime(value.DateTime);
}
