using System.Security.Cryptography;
using System.Text;

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
