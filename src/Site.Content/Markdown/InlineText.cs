using System.Text;
using Markdig.Syntax.Inlines;
using Site.Content.Markdown.Extensions;
using Site.Content.Markdown.Html;

namespace Site.Content.Markdown;

/// <summary>Plain text of inline markup (emphasis, links and code reduced to their text).</summary>
internal static class InlineText
{
    /// <param name="summary">
    /// Told where images' alt text lies in <paramref name="sb"/>, while it may still pick a summary: the alt text is
    /// searchable, but in a list's summary a banner's "banner." would open the post.
    /// </param>
    public static void Append(StringBuilder sb, Inline? inline, SummaryPicker? summary = null)
    {
        for (var node = inline; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case LiteralInline l:
                    sb.Append(l.Content.Text, l.Content.Start, l.Content.Length);
                    break;
                case CodeInline c:
                    sb.Append(c.Content);
                    break;
                case AutolinkInline a:
                    sb.Append(a.Url);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case HtmlEntityInline e:
                    sb.Append(e.Transcoded.Text, e.Transcoded.Start, e.Transcoded.Length);
                    break;
                case HtmlInline html when SafeHtmlExtension.TagName(html.Tag) is { } name && HtmlAllowList.RemovedWithContent.Contains(name) && !SafeHtmlExtension.IsClosingTag(html.Tag):
                    // `<script>code</script>` in a sentence: the sanitizer removes the code, so must the plain text.
                    node = SkipTo(html, name);
                    break;
                case LinkInline { IsImage: true } image when summary is { WantsText: true }:
                    var start = sb.Length;
                    Append(sb, image.FirstChild, summary);
                    summary.Skip(start, sb.Length);
                    break;
                case ContainerInline container:
                    Append(sb, container.FirstChild, summary);
                    break;
            }
        }
    }

    /// <summary>The closing tag of the element opened at <paramref name="open"/> among its siblings, or the last sibling.</summary>
    private static Inline SkipTo(Inline open, string name)
    {
        var node = open;
        while (node.NextSibling is { } next)
        {
            node = next;
            if (node is HtmlInline close && SafeHtmlExtension.IsClosingTag(close.Tag) && string.Equals(SafeHtmlExtension.TagName(close.Tag), name, StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }

        return node;
    }

    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        Append(sb, inline.FirstChild);
        return sb.ToString().Trim();
    }
}
