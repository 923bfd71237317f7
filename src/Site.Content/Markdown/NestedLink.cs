using System.Text;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown;

/// <summary>
/// `[[text](inner)](outer)`: markdown cannot put a link inside a link, so it shows the inner one between brackets and the
/// outer `](…)` as text. Most often a picture that links and lost its `!` (Knative's video thumbnails).
/// </summary>
internal static class NestedLink
{
    /// <summary>The warning for an inner link written this way, or null when the link stands on its own.</summary>
    public static string? Of(LinkInline inner)
    {
        if (inner.PreviousSibling is not LiteralInline before || !before.Content.AsSpan().EndsWith("[")
            || inner.NextSibling is not LiteralInline after || !after.Content.AsSpan().StartsWith("](")
            || OuterAddress(after) is not { Length: > 0 } outer)
        {
            return null;
        }

        var text = InlineText.Of(inner);
        var written = $"[[{text}]({inner.Url})]({outer})";
        var fix = Links.ImageFiles.Named(inner.Url ?? string.Empty)
            ? $"for a picture that links, put a `!` before the inner brackets: `[![{text}]({inner.Url})]({outer})`"
            : $"keep one of the two links: `[{text}]({outer})`";
        return $"`{written}` is a link inside a link, which markdown cannot show: readers see brackets and both addresses; {fix}";
    }

    /// <summary>The outer address, read from the text after `](` up to its `)` (an address may have been turned into an autolink).</summary>
    private static string? OuterAddress(LiteralInline after)
    {
        var address = new StringBuilder();
        var first = after.Content.AsSpan()[2..];
        for (Inline? node = after; node is not null; node = node.NextSibling)
        {
            var piece = node == after ? first.ToString()
                : node switch
                {
                    LiteralInline l => l.Content.ToString(),
                    LinkInline { IsAutoLink: true, Url: { } url } => url,
                    AutolinkInline a => a.Url,
                    _ => null,
                };
            if (piece is null)
            {
                return null;
            }

            var close = piece.IndexOf(')');
            if (close >= 0)
            {
                address.Append(piece, 0, close);
                return address.ToString().Trim();
            }

            address.Append(piece);
        }

        return null;
    }
}
