namespace Site.Content.Text;

/// <summary>
/// <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> for untrusted text. The runtime's
/// parser throws <see cref="IndexOutOfRangeException"/> instead of returning false on some
/// inputs (e.g. <c>file://</c> followed by a bidi control), which would crash a build.
/// </summary>
public static class AbsoluteUri
{
    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri)
    {
        try
        {
            return Uri.TryCreate(text, UriKind.Absolute, out uri);
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentException or FormatException)
        {
            uri = null;
            return false;
        }
    }
}
