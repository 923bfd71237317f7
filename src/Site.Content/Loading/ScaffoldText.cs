using Site.Content.Text;

namespace Site.Content.Loading;

/// <summary>
/// The stand-in text `site new` writes where a page's opening paragraph goes, and how a page still holding it is found:
/// KubeVela's importer, told to write a missing English page with `site new post`, published two posts that said only
/// "Write the opening paragraph here", in the list, the feed and as the original of their Chinese translations.
/// </summary>
public static class ScaffoldText
{
    /// <summary>A new post's opening paragraph.</summary>
    public const string PostOpening = "Write the opening paragraph here: lists and feeds show it as the post's summary.";

    /// <summary>How a new project page's opening paragraph ends, after the project's name and "is …".</summary>
    public const string ProjectOpeningEnd = "(one paragraph: what it does and for whom; lists show it as the summary).";

    /// <summary>How a new SIG page's opening paragraph ends, after the group's name and "…".</summary>
    public const string SigOpeningEnd = "(one paragraph: its charter and scope; lists show it as the summary).";

    private static readonly string[] Markers = [PostOpening, ProjectOpeningEnd, SigOpeningEnd];

    /// <summary>Words every stand-in text holds: every page's body is searched once for them, not once per stand-in.</summary>
    private const string Common = "show it as the";

    /// <summary>The 0-based body line of the first stand-in text in <paramref name="body"/>; null when it holds none.</summary>
    public static int? LineIn(CompactText body)
    {
        if (!body.ContainsAscii(Common) || !Markers.Any(body.ContainsAscii))
        {
            return null;
        }

        var text = body.ToString();
        var at = Markers.Select(m => text.IndexOf(m, StringComparison.Ordinal)).Where(i => i >= 0).Min();
        return text.AsSpan(0, at).Count('\n');
    }
}
