using System.Text;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown;

/// <summary>Plain text of inline markup (emphasis, links and code reduced to their text).</summary>
internal static class InlineText
{
    public static void Append(StringBuilder sb, Inline? inline)
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
                case ContainerInline container:
                    Append(sb, container.FirstChild);
                    break;
            }
        }
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
