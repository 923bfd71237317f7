using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

/// <summary>Base of every syntax node; each node knows its source span.</summary>
public abstract class ScriptNode
{
    private string? _source;

    public SourceSpan Span { get; internal set; }

    internal void SetSource(string source) => _source = source;

    /// <summary>The node's source text, used in error messages.</summary>
    public override string ToString()
    {
        if (_source == null)
        {
            return GetType().Name;
        }
        var start = Math.Clamp(Span.Start.Offset, 0, _source.Length);
        var end = Math.Clamp(Span.End.Offset, start, _source.Length);
        return _source[start..end];
    }
}

/// <summary>An expression evaluates to a value.</summary>
public abstract class ScriptExpression : ScriptNode
{
    /// <summary>Evaluates the expression; a function value read from a variable or member is called.</summary>
    public abstract object? Evaluate(TemplateContext context);

    /// <summary>Evaluates without calling a resulting function (<c>@f</c>, call targets).</summary>
    public virtual object? EvaluateNoCall(TemplateContext context) => Evaluate(context);

    /// <summary>Short description used by some error messages (e.g. <c>variable</c>).</summary>
    internal virtual string KindName => "expression";

    /// <summary>True for a member or indexer chain that contains a <c>?.</c>, so that a null anywhere in it yields null.</summary>
    internal virtual bool InNullConditionalChain => false;
}

/// <summary>An expression that can be the target of an assignment.</summary>
public interface IAssignableExpression
{
    void Assign(TemplateContext context, object? value);
}

/// <summary>A statement executes and may write output.</summary>
public abstract class ScriptStatement : ScriptNode
{
    public abstract void Execute(TemplateContext context);
}
