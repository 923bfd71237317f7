using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// Aligned pipe-table columns (`|:--|:-:|--:|`) are written as a class on each cell
/// (`align-left`, `align-center`, `align-right`, styled by the theme) instead of Markdig's
/// `style="text-align: …"`, which the site's Content-Security-Policy (`style-src 'self'`) blocks,
/// so the alignment would be lost in production.
/// </summary>
public sealed class TableAlignmentClassExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += AlignByClass;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AlignByClass(MarkdownDocument document)
    {
        var tables = new List<Table>();
        SyntaxWalker.Walk(document, tables, static (block, found) =>
        {
            if (block is Table table)
            {
                found.Add(table);
            }
        }, null);

        foreach (var table in tables)
        {
            var columns = table.ColumnDefinitions;
            if (columns.Count == 0)
            {
                continue;
            }

            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    var cell = (TableCell)row[i];

                    // The column a cell sits in, as Markdig's table renderer finds it.
                    var index = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex;
                    var alignment = columns[Math.Min(index, columns.Count - 1)].Alignment;
                    if (alignment is { } a)
                    {
                        cell.GetAttributes().AddClass(a switch
                        {
                            TableColumnAlign.Center => "align-center",
                            TableColumnAlign.Right => "align-right",
                            _ => "align-left",
                        });
                    }
                }
            }

            foreach (var column in columns)
            {
                column.Alignment = null;
            }
        }
    }
}
