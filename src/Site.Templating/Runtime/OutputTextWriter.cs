using System.Text;
using Site.Templating.Syntax;

namespace Site.Templating.Runtime;

/// <summary>
/// A <see cref="TextWriter"/> over the current output of a render, for builtins that write through .NET APIs
/// taking a writer (<c>WebUtility.HtmlEncode</c>). Every write goes through <see cref="TemplateContext.WriteText"/>.
/// One instance per context, re-targeted per statement.
/// </summary>
internal sealed class OutputTextWriter(TemplateContext context) : TextWriter
{
    private ScriptNode? _node;

    public override Encoding Encoding => Encoding.Unicode;

    public OutputTextWriter For(ScriptNode node)
    {
        _node = node;
        return this;
    }

    public override void Write(char value) => context.WriteText(_node!, new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => context.WriteText(_node!, value);

    public override void Write(ReadOnlySpan<char> buffer) => context.WriteText(_node!, buffer);

    public override void Write(char[] buffer, int index, int count) => context.WriteText(_node!, buffer.AsSpan(index, count));
}
