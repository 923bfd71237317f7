using System.Text.RegularExpressions;
using Site.Content.Text;

namespace Site.Content.Markdown;

/// <summary>
/// A line at the top or the end of a post that says where it was first published, with a link there: etcd's
/// `*This is a post from the [CNCF blog](…) which we are sharing with our community as well.*`, Chaos Mesh's
/// `**Originally published at _[The New Stack](…)_.**`, Volcano's `>本文…首发于容器魔方微信公众号，原文链接[…](…)`.
/// Here `originalUrl:` says it: the page shows "Originally published at" with the address, and the line, kept in the
/// body, became the post's summary in every list.
/// </summary>
internal static partial class BodyRepostNote
{
    /// <summary>A note: its 0-based body line and the address it links to.</summary>
    public sealed record Found(int Line, string Url);

    /// <summary>Longer than this, the line is a paragraph of the post that mentions another site, not a note.</summary>
    private const int MaxLength = 300;

    public static Found? Find(BodyEdges edges)
    {
        foreach (var (lines, i, offset) in edges.Candidates())
        {
            var line = lines[i].Trim();
            if (line.Length > MaxLength || !Says().IsMatch(line))
            {
                continue;
            }

            var links = Link().Matches(line);
            if (links.Count == 1)
            {
                return new Found(offset + i, links[0].Groups["url"].Value);
            }
        }

        return null;
    }

    /// <summary>Whether a note could be on this line (before the line is made a string: <see cref="BodyEdges.Of(CompactText, BodyEdges.LineTest)"/>).</summary>
    public static bool MayBeOn(ReadOnlySpan<char> line) => Says().IsMatch(line);

    /// <summary>Words that say the text appeared elsewhere first, in English or Chinese.</summary>
    [GeneratedRegex(@"(?i:\b(?:originally|first)\s+(?:published|posted|appeared)\b|\bcross-?posted\b|\b(?:re-?posted|republished)\s+(?:from|with)\b|\bis\s+a\s+(?:re-?)?post\s+from\b)|首发于|原文链接|原文地址|转载自|原载于")]
    private static partial Regex Says();

    /// <summary>A markdown link or a bare address to another site (group `url`).</summary>
    [GeneratedRegex(@"\]\((?<url>https?://[^\s)]+)[^)]*\)|(?<![(\[])\b(?<url>https?://[^\s)\]>*_]+)")]
    private static partial Regex Link();
}
