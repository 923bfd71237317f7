using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Pipeline.Rendering;

/// <summary>
/// Scriban's <c>include</c>, rendering the included template straight into the output of the
/// statement that includes it. Scriban renders every include into a new string builder and
/// returns the text as a string, which the including template then writes: for a list page
/// with hundreds of cards that is hundreds of builders and copies of the same text, and the
/// output limit counts the text once per level of nesting. When the result can only be written
/// where the include stands (a plain <c>{{ include … }}</c> statement, no indentation to apply),
/// this writes it there instead, leaving the context exactly as Scriban's include followed by
/// the write of its text would: the arguments (<c>$</c>, <c>$1</c>…, named ones), scopes,
/// indentation state, recursion limit and errors are Scriban's. Anywhere else
/// (<c>x = include …</c>, a pipe, an indented include under <see cref="TemplateContext.AutoIndent"/>)
/// Scriban's own function runs. The tests in ThemeIncludeTests render the same templates both ways.
/// </summary>
internal sealed class ThemeInclude() : ScribanFunctionOverride(new IncludeFunction())
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (callerContext is not ScriptFunctionCall { Parent: ScriptExpressionStatement } call || !string.IsNullOrEmpty(context.CurrentIndent) || !context.EnableOutput || arguments.Count == 0)
        {
            return Scriban.Invoke(context, callerContext, arguments, blockStatement);
        }

        var name = context.ObjectToString(arguments[0]);
        var path = context.GetTemplatePathFromName(name, call);
        if (path is null)
        {
            return null;
        }

        var template = context.GetOrCreateTemplate(path, call);
        context.EnterRecursive(call);
        // As TemplateContext.RenderTemplate: the include starts unindented, with the line state reset when the includer had an indent.
        var indent = context.CurrentIndent;
        ref var previousTextWasNewLine = ref PreviousTextWasNewLine(context);
        var includerLineState = previousTextWasNewLine;
        context.CurrentIndent = null;
        if (indent is not null)
        {
            previousTextWasNewLine = false;
        }

        var output = new ForwardingOutput(context.Output);
        context.PushOutput(output);
        try
        {
            // Named arguments (include "x" item: p) are evaluated in the includer's scope, then become locals of the include.
            List<(string Name, object? Value)>? named = null;
            foreach (var argument in call.Arguments)
            {
                if (argument is ScriptNamedArgument { Name.Name: { } argumentName, Value: { } value })
                {
                    (named ??= []).Add((argumentName, value.Evaluate(context)));
                }
            }

            context.PushLocal();
            try
            {
                context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
                foreach (var (argumentName, value) in named ?? [])
                {
                    context.SetValue(ScriptVariable.Create(argumentName, ScriptVariableScope.Local), value, asReadOnly: false, force: true);
                }

                template.Render(context);
            }
            finally
            {
                context.PopLocal();
            }
        }
        finally
        {
            context.PopOutput();
            context.CurrentIndent = indent;
            // What writing the included text at the include would have left: its last character, or nothing changed.
            previousTextWasNewLine = output.Written ? output.EndsWithNewLine : includerLineState;
            context.ExitRecursive(call);
        }

        return null;
    }

    /// <summary>
    /// Whether the last text written ended a line: it decides where <see cref="TemplateContext.AutoIndent"/>
    /// puts an indent. Scriban keeps it private; RenderTemplate saves and restores it around an include.
    /// </summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    internal static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    /// <summary>
    /// Passes an included template's text to the includer's output. Its empty
    /// <see cref="ToString"/> is what <see cref="Template.Render(TemplateContext)"/> returns.
    /// </summary>
    private sealed class ForwardingOutput(IScriptOutput target) : IScriptOutput
    {
        public bool Written { get; private set; }

        public bool EndsWithNewLine { get; private set; }

        public void Write(string text, int offset, int count)
        {
            if (count > 0)
            {
                Written = true;
                EndsWithNewLine = text[offset + count - 1] == '\n';
            }

            target.Write(text, offset, count);
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => string.Empty;
    }
}
