using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// Wraps every table in a scroll container: a wide table scrolls sideways inside the text column
/// instead of widening the page, and the theme draws a shadow at the edge that has more to show.
/// The container is focusable so keyboard users can scroll it, and named (by the theme's element
/// with id <c>table-label</c>, "Table" in the reader's language) because it is focusable.
/// </summary>
public sealed class ScrollableTableExtension : IMarkdownExtension
{
    /// <summary>Id of the element that names every table's scroll container (provided by the theme).</summary>
    public const string LabelId = "table-label";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        var renderers = html.ObjectRenderers;
        var existing = renderers.FindExact<HtmlTableRenderer>();
        if (existing is not null)
        {
            renderers[renderers.IndexOf(existing)] = new WrappedTableRenderer(existing);
        }
    }

    private sealed class WrappedTableRenderer(HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"table-scroll\" tabindex=\"0\" role=\"group\" aria-labelledby=\"").Write(LabelId).Write("\">");
            inner.Write(renderer, table);
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }
    }
}
