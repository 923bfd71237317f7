using Site.Content.FrontMatter;

namespace Site.Content.Loading;

/// <summary>
/// A `summary:` that says again what the title says: lists show the title with the summary under it, so the reader
/// gets the same words twice and nothing of what the post is about. Docusaurus posts often repeat the title in their
/// `description` (KubeVela's Chinese posts did), which the key advice turns into `summary:`.
/// </summary>
internal static class SummaryRepeatsTitle
{
    public static void Check(FrontMatterReader reader, FrontMatterEntry? entry, string? title, string? summary)
    {
        if (entry is not null && title is not null && summary is not null && Same(summary, title))
        {
            reader.Warning(entry.ValuePosition,
                "`summary` repeats the title, which lists show right above it: write in a sentence or two what the page is about, or delete the line, and lists show the page's opening paragraph");
        }
    }

    /// <summary>Whether <paramref name="summary"/> says no more than <paramref name="title"/>.</summary>
    public static bool Same(string summary, string title) =>
        Bare(summary).Length > 0 && string.Equals(Bare(summary), Bare(title), StringComparison.OrdinalIgnoreCase);

    /// <summary>The words alone: white space collapsed, end punctuation and quotes of either width left out.</summary>
    private static string Bare(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', '。', '!', '！', '?', '？', '"', '“', '”', '「', '」', ' ');
}
