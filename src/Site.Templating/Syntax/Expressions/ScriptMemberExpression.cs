using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

/// <summary><c>target.name</c> or <c>target?.name</c>.</summary>
public sealed class ScriptMemberExpression : ScriptExpression, IAssignableExpression
{
    public ScriptMemberExpression(ScriptExpression target, string name, SourceSpan nameSpan, bool nullConditional)
    {
        Target = target;
        Name = VariableNames.Intern(name);
        NameSpan = nameSpan;
        NullConditional = nullConditional;
        if (target is ScriptVariable { Kind: VariableKind.Loop or VariableKind.Arguments } variable)
        {
            // Every path of this node only reads or writes a member of the target, never keeps the object,
            // so the context may recycle it (see ScriptVariable.IsMemberTarget).
            variable.IsMemberTarget = true;
        }
    }

    // Inline cache for .NET objects: the getter of Name for the first typed target seen here. Templates are
    // shared across threads; the cache is one immutable object, so a racing write is harmless.
    private TypedMember? _typed;

    private sealed class TypedMember(Type type, Func<object, object?>? getter)
    {
        public readonly Type Type = type;
        public readonly Func<object, object?>? Getter = getter;
    }

    public ScriptExpression Target { get; }

    public string Name { get; }

    public SourceSpan NameSpan { get; }

    public bool NullConditional { get; }

    internal override string KindName => "member";

    internal override bool InNullConditionalChain => NullConditional || Target.InNullConditionalChain;

    public override object? EvaluateNoCall(TemplateContext context)
    {
        var target = Target.Evaluate(context);
        if (target == null)
        {
            if (InNullConditionalChain || context.IsLiquid)
            {
                return null;
            }
            throw new ScriptRuntimeException(NameSpan, $"Cannot get the member {this} for a null object.");
        }
        var typed = _typed;
        if (typed != null && ReferenceEquals(typed.Type, target.GetType()))
        {
            return typed.Getter?.Invoke(target);
        }
        if (typed == null && TemplateContext.IsTypedMemberAccess(target, Name))
        {
            var type = target.GetType();
            typed = new TypedMember(type, TypeAccessor.Get(type).GetGetter(Name));
            _typed = typed;
            return typed.Getter?.Invoke(target);
        }
        return context.GetMember(target, Name);
    }

    public override object? Evaluate(TemplateContext context)
    {
        var value = EvaluateNoCall(context);
        return ScriptFunctions.As(value) is { } function ? ScriptFunctionCall.Call(context, this, function, null, null) : value;
    }

    public void Assign(TemplateContext context, object? value)
    {
        var target = Target.Evaluate(context);
        if (target == null)
        {
            throw new ScriptRuntimeException(NameSpan, $"Cannot set the member {this} for a null object.");
        }
        if (!context.TrySetMember(this, target, Name, value))
        {
            throw new ScriptRuntimeException(NameSpan, $"Cannot set a value for the readonly member: {this}");
        }
    }
}

/// <summary><c>target[index]</c></summary>
public sealed class ScriptIndexerExpression : ScriptExpression, IAssignableExpression
{
    public ScriptIndexerExpression(ScriptExpression target, ScriptExpression index)
    {
        Target = target;
        Index = index;
        if (target is ScriptVariable { Kind: VariableKind.Arguments } arguments)
        {
            // Only an item or member of `$` is read or written here (see ScriptVariable.IsMemberTarget).
            arguments.IsMemberTarget = true;
        }
    }

    public ScriptExpression Target { get; }

    public ScriptExpression Index { get; }

    internal override string KindName => "indexer";

    internal override bool InNullConditionalChain => Target.InNullConditionalChain;

    public override object? EvaluateNoCall(TemplateContext context)
    {
        var target = Target.Evaluate(context);
        if (target == null)
        {
            if (InNullConditionalChain || context.IsLiquid)
            {
                return null;
            }
            throw new ScriptRuntimeException(Span, $"Object `{Target}` is null. Cannot access indexer: {this}");
        }
        var index = Index.Evaluate(context);
        if (index == null)
        {
            if (context.IsLiquid)
            {
                return null;
            }
            throw new ScriptRuntimeException(Index.Span, $"Cannot access target `{Target}` with a null indexer: {this}");
        }
        return context.GetIndex(this, Index, target, index);
    }

    public override object? Evaluate(TemplateContext context)
    {
        var value = EvaluateNoCall(context);
        return ScriptFunctions.As(value) is { } function ? ScriptFunctionCall.Call(context, this, function, null, null) : value;
    }

    public void Assign(TemplateContext context, object? value)
    {
        var target = Target.Evaluate(context);
        if (target == null)
        {
            throw new ScriptRuntimeException(Span, $"Object `{Target}` is null. Cannot access indexer: {this}");
        }
        var index = Index.Evaluate(context);
        if (index == null)
        {
            throw new ScriptRuntimeException(Index.Span, $"Cannot access target `{Target}` with a null indexer: {this}");
        }
        if (!context.TrySetIndex(this, Index, target, index, value))
        {
            throw new ScriptRuntimeException(Index.Span, $"Cannot set a value for the readonly member `{context.ObjectToString(index)}` in the indexer: {this}");
        }
    }
}

/// <summary><c>value.empty?</c></summary>
public sealed class ScriptIsEmptyExpression(ScriptExpression target) : ScriptExpression
{
    public ScriptExpression Target { get; } = target;

    public override object? Evaluate(TemplateContext context)
    {
        var value = Target.Evaluate(context);
        return value switch
        {
            // Liquid reads `.empty?` like any member, and members of null are null there (relaxed access).
            null => context.IsLiquid ? null : true,
            EmptyScriptObject => true,
            string s => s.Length == 0,
            ScriptObject so => so.Count == 0,
            System.Collections.ICollection c => c.Count == 0,
            IReadOnlyCollection<object?> rc => rc.Count == 0,
            _ => false,
        };
    }
}
