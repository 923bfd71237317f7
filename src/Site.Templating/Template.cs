using Site.Templating.Parsing;
using Site.Templating.Runtime;
using Site.Templating.Syntax;

namespace Site.Templating;

/// <summary>
/// A parsed template. Immutable after parsing: render it concurrently from many threads,
/// each with its own <see cref="TemplateContext"/>.
/// </summary>
public sealed class Template
{
    private Template(string? sourcePath, ScriptPage? page, IReadOnlyList<LogMessage> messages, bool isLiquid)
    {
        SourcePath = sourcePath;
        Page = page;
        Messages = messages;
        IsLiquid = isLiquid;
    }

    public string? SourcePath { get; }

    /// <summary>The syntax tree, or null when parsing failed.</summary>
    public ScriptPage? Page { get; }

    public IReadOnlyList<LogMessage> Messages { get; }

    public bool HasErrors => Page == null;

    public bool IsLiquid { get; }

    public static Template Parse(string text, string? sourcePath = null) => Parse(text, sourcePath, TemplateSyntax.Scriban);

    public static Template ParseLiquid(string text, string? sourcePath = null) => Parse(text, sourcePath, TemplateSyntax.Liquid);

    public static Template Parse(string text, string? sourcePath, TemplateSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text, sourcePath, syntax);
        var page = parser.ParsePage();
        var messages = parser.Messages.ToList();
        return new Template(sourcePath, parser.HasErrors ? null : page, messages, syntax == TemplateSyntax.Liquid);
    }

    /// <summary>Renders with a fresh context whose globals are the members of <paramref name="model"/>.</summary>
    public string Render(object? model = null)
    {
        var context = new TemplateContext();
        if (model != null)
        {
            var globals = model as ScriptObject ?? new ScriptObject();
            if (model is not ScriptObject)
            {
                if (model is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (k, v) in pairs)
                    {
                        globals[k] = v;
                    }
                }
                else
                {
                    globals.Import(model);
                }
            }
            context.PushGlobal(globals);
        }
        return Render(context);
    }

    /// <summary>Renders with the given context. Parse errors throw <see cref="InvalidOperationException"/>; runtime errors throw <see cref="ScriptRuntimeException"/>.</summary>
    public string Render(TemplateContext context) => RenderCore(context, null) ?? string.Empty;

    /// <summary>
    /// Renders with the given context and writes the page to <paramref name="writer"/> (a file, a response)
    /// straight from the pooled output chunks, without building the page string. Nothing is written when
    /// rendering fails. Errors are those of <see cref="Render(TemplateContext)"/>.
    /// </summary>
    public void Render(TemplateContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        RenderCore(context, writer);
    }

    // Returns the page as a string when writer is null, else writes it there and returns null.
    private string? RenderCore(TemplateContext context, TextWriter? writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Page == null)
        {
            throw new InvalidOperationException("The template has errors and cannot be rendered:\n" + string.Join("\n", Messages));
        }
        context.ResetForRender();
        // A fresh scope receives the template's assignments, so globals shared by parallel renders are never written.
        context.PushGlobal(new ScriptObject());
        var pushedGlobal = true;
        var wasLiquid = context.IsLiquid;
        context.IsLiquid = IsLiquid;
        context.PushLocal();
        try
        {
            Page.Execute(context);
            context.FlowState = ScriptFlowState.None;
            if (writer == null)
            {
                return context.Output.ToString();
            }
            context.Output.WriteTo(writer);
            return null;
        }
        finally
        {
            context.PopLocal();
            context.IsLiquid = wasLiquid;
            if (pushedGlobal)
            {
                context.PopGlobal();
            }
            context.Output.Clear();
        }
    }

    /// <summary>Renders inside an ongoing render (include): same context, new local scope, returns the text.</summary>
    internal string RenderNested(TemplateContext context, ScriptArray arguments, List<KeyValuePair<string, object?>>? named, bool recycleArguments = false)
    {
        context.PushOutput();
        ExecuteNested(context, arguments, named, recycleArguments);
        return context.PopOutput();
    }

    /// <summary>Renders inside an ongoing render and writes the result at the caller's position (include as a statement).</summary>
    internal void RenderNestedToOutput(TemplateContext context, ScriptNode caller, ScriptArray arguments, List<KeyValuePair<string, object?>>? named, bool recycleArguments = false)
    {
        context.PushOutput();
        ExecuteNested(context, arguments, named, recycleArguments);
        context.PopOutputAndWrite(caller);
    }

    // recycleArguments: the array came from TemplateContext.RentIncludeArguments and goes back unless `$` escaped.
    private void ExecuteNested(TemplateContext context, ScriptArray arguments, List<KeyValuePair<string, object?>>? named, bool recycleArguments)
    {
        if (Page == null)
        {
            throw new InvalidOperationException("The template has errors");
        }
        var savedIndent = context.CurrentIndent;
        context.PushLocal(arguments);
        if (named != null && named.Count > 0)
        {
            // Named arguments are readable both as `$.name` and as the local `$name`.
            var locals = context.CurrentLocal!.Variables ??= new ScriptObject();
            foreach (var (k, v) in named)
            {
                arguments.Properties[k] = v;
                locals[LocalNames.Get(k)] = v;
            }
        }
        var savedLoopDepth = context.LoopDepth;
        context.LoopDepth = 0;
        try
        {
            Page.Execute(context);
            if (context.FlowState == ScriptFlowState.Return)
            {
                context.FlowState = ScriptFlowState.None;
                context.ReturnValue = null;
            }
        }
        finally
        {
            context.LoopDepth = savedLoopDepth;
            var escaped = context.CurrentLocal!.ArgumentsEscaped;
            context.PopLocal();
            if (recycleArguments && !escaped)
            {
                context.ReturnIncludeArguments(arguments);
            }
            context.CurrentIndent = savedIndent;
            context.ResetIndentState();
        }
    }
}
