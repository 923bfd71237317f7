using System.Security.Cryptography;
using System.Text;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;

namespace Site.Content.Text;

/// <summary>
/// Short hash of a page's translatable parts. Translations quote it as `sourceHash:` so an
/// outdated translation is detected when the source's words change. Whitespace is collapsed
/// first, so reflowing a paragraph or fixing trailing spaces does not mark translations stale.
/// </summary>
public static class SourceHash
{
    public const int Length = 12;

    public static string Compute(string title, string? summary, string body)
    {
        var sb = new StringBuilder(title.Length + (summary?.Length ?? 0) + body.Length + 8);
        AppendNormalised(sb, title);
        sb.Append('\u001f');
        AppendNormalised(sb, summary ?? string.Empty);
        sb.Append('\u001f');
        AppendNormalised(sb, body);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()), digest);
        return Convert.ToHexStringLower(digest)[..Length];
    }

    /// <summary>
    /// Hash of a whole markdown file as written (front matter and body), or null when its front
    /// matter cannot be read. Used on old revisions from git and by `translate --refresh`.
    /// </summary>
    public static string? ComputeForFile(string displayPath, string text)
    {
        var bag = new DiagnosticBag();
        var doc = FrontMatterParser.Parse(new SourceText(displayPath, text), bag);
        if (!doc.IsValid)
        {
            return null;
        }

        var reader = new FrontMatterReader(doc.Source, bag);
        var title = doc.FrontMatter.Get("title") is { } t ? reader.String(t) : null;
        var summary = doc.FrontMatter.Get("summary") is { } s ? reader.String(s) : null;
        return Compute(title ?? string.Empty, summary, doc.Body);
    }

    private static void AppendNormalised(StringBuilder sb, string text)
    {
        var start = sb.Length;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && sb.Length > start)
            {
                sb.Append(' ');
            }

            pendingSpace = false;
            sb.Append(c);
        }
    }
}
