using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// A heading that also answers to the anchor GitHub would give it (<see cref="HeadingIdAssigner.GitHubAnchors"/>)
/// starts with an empty <c>&lt;span id="…" class="heading-anchor"&gt;</c>: <c>#edit-typesgo</c>, written for a GitHub
/// README or a Hugo site, lands on <c>## Edit types.go</c>, whose id here is <c>edit-types-go</c>. The span is inside
/// the heading, so the browser scrolls to the heading's line either way.
/// </summary>
public sealed class GitHubHeadingAnchorExtension : IMarkdownExtension
{
    private static readonly object DataKey = typeof(GitHubHeadingAnchorExtension);

    /// <summary>Gives <paramref name="heading"/> its second anchor (none when null).</summary>
    public static void Set(HeadingBlock heading, string? anchor)
    {
        if (anchor is not null)
        {
            heading.SetData(DataKey, anchor);
        }
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HeadingRenderer>() is { } existing)
        {
            html.ObjectRenderers[html.ObjectRenderers.IndexOf(existing)] = new AnchoredHeadingRenderer();
        }
    }

    /// <summary>Markdig's heading renderer, with the span written right after the opening tag.</summary>
    private sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
    {
        private static readonly string[] Tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            var tag = (uint)(heading.Level - 1) < (uint)Tags.Length ? Tags[heading.Level - 1] : "h" + heading.Level.ToString(CultureInfo.InvariantCulture);
            if (renderer.EnableHtmlForBlock)
            {
                renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
                if (heading.GetData(DataKey) is string anchor)
                {
                    renderer.Write("<span id=\"").WriteEscape(anchor).Write("\" class=\"heading-anchor\"></span>");
                }
            }

            renderer.WriteLeafInline(heading);
            if (renderer.EnableHtmlForBlock)
            {
                renderer.Write("</").Write(tag).WriteLine(">");
            }

            renderer.EnsureLine();
        }
    }
}
