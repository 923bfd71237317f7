using Scriban.Syntax;

namespace Site.Pipeline.Rendering;

/// <summary>
/// Drops the empty indents Scriban's parser records on every <c>{{</c> that is not preceded by
/// white space alone on its line. With <see cref="Scriban.TemplateContext.AutoIndent"/> on (the
/// default), such an escape still sets the context's current indent to <c>""</c>, and while it is
/// not null every write is split line by line to indent each one with nothing: a page's body and
/// its layout's output (tens of kilobytes) were scanned for line ends and written line by line, a
/// few percent of the render step. A null indent writes the text whole, exactly as an empty one
/// does, and leaves the same line state; indents that hold white space are kept.
/// </summary>
internal sealed class EmptyIndents : ScriptVisitor
{
    private static readonly EmptyIndents Instance = new();

    private EmptyIndents()
    {
    }

    public static void RemoveFrom(ScriptNode? template) => Instance.Visit(template);

    public override void Visit(ScriptEscapeStatement node)
    {
        if (node.Indent is { Length: 0 })
        {
            // Scriban reads a null indent as "no indent" (TemplateContext.Write's unindented path).
            node.Indent = null!;
        }

        base.Visit(node);
    }
}
