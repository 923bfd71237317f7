using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

/// <summary><c>left op right</c></summary>
public sealed class ScriptBinaryExpression(BinaryOperator op, ScriptExpression left, ScriptExpression right, SourceSpan operatorSpan) : ScriptExpression
{
    public BinaryOperator Operator { get; } = op;

    public ScriptExpression Left { get; } = left;

    public ScriptExpression Right { get; } = right;

    public SourceSpan OperatorSpan { get; } = operatorSpan;

    public override object? Evaluate(TemplateContext context)
    {
        switch (Operator)
        {
            case BinaryOperator.And:
                return ValueConverter.ToBool(Left.Evaluate(context)) && ValueConverter.ToBool(Right.Evaluate(context));
            case BinaryOperator.Or:
                return ValueConverter.ToBool(Left.Evaluate(context)) || ValueConverter.ToBool(Right.Evaluate(context));
            case BinaryOperator.EmptyCoalescing:
                return Left.Evaluate(context) ?? Right.Evaluate(context);
            case BinaryOperator.NotEmptyCoalescing:
                return Left.Evaluate(context) != null ? Right.Evaluate(context) : null;
        }
        var left = CallIfFunction(context, Left, Left.Evaluate(context));
        var right = CallIfFunction(context, Right, Right.Evaluate(context));
        return Operators.Evaluate(context, this, OperatorSpan, Operator, left, right);
    }

    // A function value used as an operand (e.g. `(do; ret 1; end) + 1`) is called, unless aliased with @.
    private object? CallIfFunction(TemplateContext context, ScriptExpression operand, object? value) =>
        value is IScriptFunction function && operand is not ScriptUnaryExpression { Operator: UnaryOperator.Alias }
            ? ScriptFunctionCall.Call(context, operand, function, null, null)
            : value;
}

public enum UnaryOperator
{
    Not,
    Negate,
    Plus,
    Alias,
    Spread,
}

/// <summary><c>!x</c>, <c>-x</c>, <c>+x</c>, <c>@f</c>, <c>^list</c>.</summary>
public sealed class ScriptUnaryExpression(UnaryOperator op, ScriptExpression operand) : ScriptExpression
{
    public UnaryOperator Operator { get; } = op;

    public ScriptExpression Operand { get; } = operand;

    public override object? Evaluate(TemplateContext context)
    {
        switch (Operator)
        {
            case UnaryOperator.Not:
                return !ValueConverter.ToBool(Operand.Evaluate(context));
            case UnaryOperator.Alias:
                return Operand.EvaluateNoCall(context);
            case UnaryOperator.Spread:
                return Operand.Evaluate(context);
        }
        var value = Operand.Evaluate(context);
        if (value == null)
        {
            return null;
        }
        if (Operator == UnaryOperator.Plus)
        {
            if (!ValueConverter.IsNumber(value))
            {
                throw new ScriptRuntimeException(Span, $"Unexpected value `{value}` for unary plus");
            }
            return value;
        }
        return value switch
        {
            int i => i == int.MinValue ? -(long)i : -i,
            long l => -l,
            double d => -d,
            float f => -f,
            decimal m => -m,
            System.Numerics.BigInteger b => -b,
            uint u => -(long)u,
            TimeSpan t => -t,
            _ => throw new ScriptRuntimeException(Span, $"Unexpected value `{context.ObjectToString(value)}` for unary minus"),
        };
    }
}

/// <summary><c>cond ? a : b</c></summary>
public sealed class ScriptConditionalExpression(ScriptExpression condition, ScriptExpression then, ScriptExpression otherwise) : ScriptExpression
{
    public ScriptExpression Condition { get; } = condition;

    public ScriptExpression Then { get; } = then;

    public ScriptExpression Else { get; } = otherwise;

    public override object? Evaluate(TemplateContext context) =>
        ValueConverter.ToBool(Condition.Evaluate(context)) ? Then.Evaluate(context) : Else.Evaluate(context);
}

/// <summary><c>( expr )</c></summary>
public sealed class ScriptNestedExpression(ScriptExpression inner) : ScriptExpression
{
    public ScriptExpression Inner { get; } = inner;

    internal override string KindName => "nested expression";

    public override object? Evaluate(TemplateContext context) => Inner.Evaluate(context);

}

/// <summary><c>target = value</c> and compound forms; only valid as a statement.</summary>
public sealed class ScriptAssignExpression(ScriptExpression target, ScriptExpression value, BinaryOperator? compound, SourceSpan operatorSpan) : ScriptExpression
{
    public ScriptExpression Target { get; } = target;

    public ScriptExpression Value { get; } = value;

    public BinaryOperator? CompoundOperator { get; } = compound;

    public override object? Evaluate(TemplateContext context)
    {
        var target = Target;
        while (target is ScriptNestedExpression nested)
        {
            target = nested.Inner;
        }
        if (target is not IAssignableExpression assignable)
        {
            throw new ScriptRuntimeException(target.Span, "Unsupported target expression for assignment.");
        }
        var value = Value.Evaluate(context);
        if (CompoundOperator is { } op)
        {
            value = Operators.Evaluate(context, this, operatorSpan, op, target.Evaluate(context), value);
        }
        assignable.Assign(context, value);
        return null;
    }
}

/// <summary><c>++x</c>, <c>x++</c>, <c>--x</c>, <c>x--</c>.</summary>
public sealed class ScriptIncrementDecrement(ScriptExpression target, bool increment, bool postfix) : ScriptExpression
{
    public ScriptExpression Target { get; } = target;

    public override object? Evaluate(TemplateContext context)
    {
        if (Target is not IAssignableExpression assignable)
        {
            throw new ScriptRuntimeException(Target.Span, "Unsupported target expression for increment/decrement.");
        }
        var old = Target.Evaluate(context);
        var updated = Operators.Evaluate(context, this, Span, increment ? BinaryOperator.Add : BinaryOperator.Subtract, old, 1);
        assignable.Assign(context, updated);
        return postfix ? old : updated;
    }
}

/// <summary><c>do ... end</c> used as a value.</summary>
public sealed class ScriptAnonymousFunction(ScriptFunctionDefinition function) : ScriptExpression
{
    public ScriptFunctionDefinition Function { get; } = function;

    public override object? Evaluate(TemplateContext context) => Function;
}
