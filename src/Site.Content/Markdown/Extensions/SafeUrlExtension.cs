using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// HTML policy, part 2 (part 1 is <see cref="SafeHtmlExtension"/>):
/// contributors' markdown must not run script in readers' browsers, so links and images whose
/// URL uses the `javascript:`, `vbscript:` or `data:` scheme are dropped. A dropped link keeps
/// its text, a dropped image keeps its alt text.
/// </summary>
public sealed class SafeUrlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Sanitise;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>True for URLs a browser would execute or inline as a document.</summary>
    public static bool IsDangerous(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        // Browsers ignore ASCII whitespace and control characters inside the scheme ("java\tscript:").
        Span<char> scheme = stackalloc char[16];
        var n = 0;
        foreach (var c in url)
        {
            if (c <= ' ')
            {
                continue;
            }

            if (c == ':' || n == scheme.Length)
            {
                break;
            }

            scheme[n++] = char.ToLowerInvariant(c);
        }

        var s = scheme[..n];
        return url.Contains(':') && (s.SequenceEqual("javascript") || s.SequenceEqual("vbscript") || s.SequenceEqual("data"));
    }

    private static void Sanitise(MarkdownDocument document)
    {
        var dangerous = new List<Inline>();
        SyntaxWalker.Walk(document, dangerous, null, static (inline, found) =>
        {
            if ((inline is LinkInline link && IsDangerous(link.Url)) || (inline is AutolinkInline auto && IsDangerous(auto.Url)))
            {
                found.Add(inline);
            }
        });

        // Innermost first (the walk lists parents before children): unwrapping an outer link first
        // would move a nested dangerous link out of the tree position recorded for it, and it would survive.
        for (var i = dangerous.Count - 1; i >= 0; i--)
        {
            var inline = dangerous[i];
            if (inline is AutolinkInline auto)
            {
                auto.ReplaceBy(new LiteralInline(auto.Url));
                continue;
            }

            var link = (LinkInline)inline;
            var child = link.FirstChild;
            while (child is not null)
            {
                var next = child.NextSibling;
                child.Remove();
                link.InsertBefore(child);
                child = next;
            }

            link.Remove();
        }
    }
}
