using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

public enum VariableKind
{
    Global,
    Local,
    Arguments,
    ArgumentIndex,
    WrapBlock,
    Loop,
}

public enum LoopKind
{
    For,
    While,
    TableRow,
    LiquidFor,
    LiquidTableRow,
}

/// <summary>A variable reference: <c>name</c>, <c>$name</c>, <c>$</c>, <c>$0</c>, <c>$$</c>, or a loop object like <c>for</c>.</summary>
public sealed class ScriptVariable : ScriptExpression, IAssignableExpression
{
    public ScriptVariable(string name, VariableKind kind, int index = 0, LoopKind loopKind = LoopKind.For)
    {
        // Interned: TemplateContext matches loop variables by reference.
        Name = VariableNames.Intern(name);
        Kind = kind;
        Index = index;
        LoopKind = loopKind;
    }

    public string Name { get; }

    public VariableKind Kind { get; }

    public int Index { get; }

    public LoopKind LoopKind { get; }

    /// <summary>
    /// True when this occurrence is only the target of a member or indexer access (<c>for.index</c>, <c>$.post</c>,
    /// <c>$[0]</c>): a loop object or argument array read this way cannot be kept by template code, so the context
    /// may recycle it.
    /// </summary>
    internal bool IsMemberTarget { get; set; }

    internal override string KindName => "variable";

    public override object? EvaluateNoCall(TemplateContext context) => context.GetVariable(this);

    public override object? Evaluate(TemplateContext context)
    {
        var value = context.GetVariable(this);
        if (ScriptFunctions.As(value) is { } function)
        {
            return ScriptFunctionCall.Call(context, this, function, null, null);
        }
        if (Kind == VariableKind.WrapBlock && value is ScriptBlockStatement block)
        {
            block.Execute(context);
            return null;
        }
        return value;
    }

    public void Assign(TemplateContext context, object? value) => context.SetVariable(this, value);
}
