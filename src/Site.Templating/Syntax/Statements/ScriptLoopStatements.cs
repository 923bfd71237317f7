using System.Collections;
using System.Text;
using Site.Templating.Runtime;

namespace Site.Templating.Syntax;

/// <summary><c>for x in list [offset: n] [limit: n] [reversed] ... [else ...] end</c>, also <c>tablerow</c>.</summary>
public sealed class ScriptForStatement(ScriptVariable variable, ScriptExpression iterable, ScriptBlockStatement body, LoopKind kind) : ScriptStatement
{
    public ScriptVariable Variable { get; } = variable;

    public ScriptExpression Iterable { get; } = iterable;

    public ScriptBlockStatement Body { get; } = body;

    public LoopKind Kind { get; } = kind;

    public ScriptExpression? Offset { get; internal set; }

    public ScriptExpression? Limit { get; internal set; }

    public ScriptExpression? Columns { get; internal set; }

    public bool Reversed { get; internal set; }

    public ScriptBlockStatement? Else { get; internal set; }

    private bool IsTableRow => Kind is LoopKind.TableRow or LoopKind.LiquidTableRow;

    public override void Execute(TemplateContext context)
    {
        var value = Iterable.Evaluate(context);
        IReadOnlyList<object?> items;
        if (value == null)
        {
            items = Array.Empty<object?>();
        }
        else
        {
            var enumerable = context.ToEnumerable(value) ?? throw new ScriptRuntimeException(Iterable.Span, $"Unexpected type `{ValueConverter.TypeName(value)}` for the iterator of a for loop. Expecting an array, a range or an object");
            items = enumerable as IReadOnlyList<object?> ?? enumerable.ToList();
        }
        var start = 0;
        var count = items.Count;
        if (Offset != null)
        {
            var offset = ValueConverter.ToInt(context, Offset, Offset.Evaluate(context));
            start = Math.Clamp(offset, 0, count);
            count -= start;
        }
        var reversed = Reversed;
        int limit = int.MaxValue;
        if (Limit != null)
        {
            limit = Math.Max(0, ValueConverter.ToInt(context, Limit, Limit.Evaluate(context)));
        }
        var length = Math.Min(count, limit);
        var columns = Columns != null ? Math.Max(1, ValueConverter.ToInt(context, Columns, Columns.Evaluate(context))) : 0;

        var (state, scope) = context.EnterLoop(Kind);
        state.Length = length;
        scope.VariableName = Variable.Name;
        try
        {
            for (var i = 0; i < length; i++)
            {
                context.StepLoop(this, IsTableRow ? "tablerow" : "for");
                var item = items[reversed ? start + count - 1 - i : start + i];
                state.Index = i;
                state.Previous = state.Current;
                state.Current = item;
                scope.VariableValue = item;
                if (IsTableRow)
                {
                    ExecuteTableCell(context, state, i, length, columns);
                }
                else
                {
                    Body.Execute(context);
                }
                if (LoopFlow.EndsLoop(context))
                {
                    break;
                }
            }
        }
        finally
        {
            context.ExitLoop(state);
        }
        if (length == 0 && Else != null)
        {
            Else.Execute(context);
        }
    }

    private void ExecuteTableCell(TemplateContext context, LoopState state, int i, int length, int columns)
    {
        var col = columns > 0 ? (i % columns) + 1 : 1;
        var row = columns > 0 ? (i / columns) + 1 : i + 1;
        state.Column = col;
        state.Row = row;
        if (col == 1)
        {
            context.WriteRaw(this, $"<tr class=\"row{row}\">");
        }
        context.WriteRaw(this, $"<td class=\"col{col}\">");
        Body.Execute(context);
        context.WriteRaw(this, "</td>");
        if (i == length - 1 || (columns > 0 && col == columns) || columns == 0)
        {
            context.WriteRaw(this, "</tr>" + context.NewLine);
        }
    }
}

/// <summary><c>while cond ... end</c></summary>
public sealed class ScriptWhileStatement(ScriptExpression condition, ScriptBlockStatement body) : ScriptStatement
{
    public ScriptExpression Condition { get; } = condition;

    public ScriptBlockStatement Body { get; } = body;

    public override void Execute(TemplateContext context)
    {
        var (state, _) = context.EnterLoop(LoopKind.While);
        try
        {
            var index = 0;
            while (ValueConverter.ToBool(Condition.Evaluate(context)))
            {
                context.StepLoop(this, "while");
                state.Index = index++;
                Body.Execute(context);
                if (LoopFlow.EndsLoop(context))
                {
                    break;
                }
            }
        }
        finally
        {
            context.ExitLoop(state);
        }
    }
}

/// <summary><c>break</c> / <c>continue</c></summary>
public sealed class ScriptBreakContinueStatement(bool isBreak) : ScriptStatement
{
    public bool IsBreak { get; } = isBreak;

    public override void Execute(TemplateContext context)
    {
        if (context.LoopDepth == 0)
        {
            if (context.IsLiquid)
            {
                context.FlowState = ScriptFlowState.Return;
                return;
            }
            throw new ScriptRuntimeException(Span, $"The <{(IsBreak ? "break" : "continue")}> statement can only be used inside for/while loops");
        }
        context.FlowState = IsBreak ? ScriptFlowState.Break : ScriptFlowState.Continue;
    }
}
