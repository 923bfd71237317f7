using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Pipeline.Rendering;

/// <summary>
/// <c>include_cached "partials/x" arg1 arg2 …</c>: an include whose result depends on its arguments
/// and the language's globals (<c>site</c>, <c>lang</c>, <c>t</c>) only, so one rendering serves every
/// page that asks for the same thing (Hugo's <c>partialCached</c>). To make that true rather than
/// hoped for, the template renders in a context of its own (<see cref="IsolatedIncludes"/>): it
/// does not see <c>page</c> (reading it is an error at that line), <c>content</c>, or the variables
/// of the template that includes it. Named arguments are refused for the same reason: Scriban
/// evaluates them in the includer's scope. Results are reused through the build's
/// <see cref="IncludeCache"/>; inside a cached include, <c>include_cached</c> is a plain include
/// (the outer result is what is kept).
/// </summary>
internal sealed class ThemeIncludeCached() : ScribanFunctionOverride(new ThemeInclude())
{
    public const string Name = "include_cached";

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (callerContext is ScriptFunctionCall call && call.Arguments.Any(a => a is ScriptNamedArgument))
        {
            throw new ScriptRuntimeException(span, $"`{Name}` takes positional arguments only ($1, $2, …): named ones would be read in the including template's scope");
        }

        if (context is not ThemeTemplateContext { Includes: { } includes } theme)
        {
            // Already isolated (an include_cached inside one), or a context without isolation: a plain include.
            return Scriban.Invoke(context, callerContext, arguments, blockStatement);
        }

        return includes.Render(theme, callerContext, span, arguments);
    }
}

/// <summary>
/// One renderer's side context for <c>include_cached</c>: renders a template with only its
/// arguments and the page's globals minus <c>page</c> and <c>content</c>, and looks results up in
/// (and adds them to) the build's <see cref="IncludeCache"/>. Not thread-safe: one per renderer.
/// </summary>
internal sealed class IsolatedIncludes(Theme theme, RenderLimits limits, IncludeCache? cache)
{
    /// <summary>Globals that differ from page to page: never visible to a cached include.</summary>
    private static bool IsPageOnly(string name) => name is "page" or "content";

    private readonly ThemeInclude _include = new();
    private ThemeTemplateContext? _context;

    /// <summary>What a cached include may read of the render in progress, in a fixed order (part of the key).</summary>
    private List<KeyValuePair<string, object?>> _world = [];

    /// <summary>
    /// A render starts: its globals as they are before any template runs, so variables a template
    /// sets later (they land in the same object) stay out of reach.
    /// </summary>
    public void Begin(ScriptObject globals)
    {
        var world = new List<KeyValuePair<string, object?>>(globals.Count);
        foreach (var (name, value) in globals)
        {
            if (!IsPageOnly(name))
            {
                world.Add(new(name, value));
            }
        }

        world.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        _world = world;
    }

    public void End() => _world = [];

    public string Render(ThemeTemplateContext includer, ScriptNode? caller, SourceSpan span, ScriptArray arguments)
    {
        if (arguments.Count == 0)
        {
            throw new ScriptRuntimeException(span, $"`{ThemeIncludeCached.Name}` needs the name of the template to include");
        }

        // Resolved in the includer, so a refused or missing name fails there and the path joins the page's dependency record.
        var path = includer.GetTemplatePathFromName(includer.ObjectToString(arguments[0]), caller)
            ?? throw new ScriptRuntimeException(span, $"`{ThemeIncludeCached.Name}`: template `{arguments[0]}` was not found");
        var world = _world;
        var indent = includer.CurrentIndent;
        // An indented include (AutoIndent) also depends on where the includer's line stands: rendered alike, not kept.
        var key = cache is null || !string.IsNullOrEmpty(indent) ? null : cache.KeyOf(path, KeyValues(world, arguments));
        if (key is not null && cache!.TryGet(key, out var hit))
        {
            Note(includer, hit.Templates);
            return hit.Html;
        }

        var entry = RenderIsolated(caller, arguments, world, indent, ThemeInclude.PreviousTextWasNewLine(includer));
        Note(includer, entry.Templates);
        if (key is not null)
        {
            cache!.Add(key, entry);
        }

        return entry.Html;
    }

    private IncludeCache.Entry RenderIsolated(ScriptNode? caller, ScriptArray arguments, List<KeyValuePair<string, object?>> world, string? indent, bool includerLineEnded)
    {
        var context = _context ??= new ThemeTemplateContext(theme, limits, includes: null);
        context.Loader.Reset();
        var globals = new IsolatedGlobals(world.Count);
        foreach (var (name, value) in world)
        {
            globals[name] = value;
        }

        var output = new StringBuilderOutput();
        context.PushGlobal(globals);
        context.PushOutput(output);
        context.CurrentIndent = indent;
        ThemeInclude.PreviousTextWasNewLine(context) = includerLineEnded;
        var failed = true;
        try
        {
            // The include writes into `output` when it can (ThemeInclude), else returns its text.
            var returned = _include.Invoke(context, caller, new ScriptArray(arguments), null) as string;
            failed = false;
            return new IncludeCache.Entry(output.ToString() + returned, [.. context.Loader.Used]);
        }
        finally
        {
            if (failed)
            {
                // Whatever a failed render left pushed goes with the context; the next cached include starts afresh.
                _context = null;
            }
            else
            {
                context.CurrentIndent = null;
                context.PopOutput();
                context.PopGlobal();
            }
        }
    }

    private static object?[] KeyValues(List<KeyValuePair<string, object?>> world, ScriptArray arguments)
    {
        var values = new object?[(world.Count * 2) + arguments.Count - 1];
        var i = 0;
        foreach (var (name, value) in world)
        {
            values[i++] = name;
            values[i++] = value;
        }

        for (var a = 1; a < arguments.Count; a++)
        {
            values[i++] = arguments[a];
        }

        return values;
    }

    private static void Note(ThemeTemplateContext includer, string[] templates)
    {
        foreach (var template in templates)
        {
            includer.Loader.Note(template);
        }
    }

    /// <summary>The globals of a cached include: what the page had, and an error for <c>page</c>.</summary>
    /// <remarks>
    /// Made with <c>autoImportStaticsFromThisType: false</c>: a class derived from ScriptObject otherwise
    /// imports its own static members by reflection each time one is made (once per rendered cached include).
    /// </remarks>
    private sealed class IsolatedGlobals(int capacity) : ScriptObject(capacity, autoImportStaticsFromThisType: false)
    {
        public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
        {
            if (IsPageOnly(member))
            {
                throw new ScriptRuntimeException(span, $"`{member}` is not available in a template included with `{ThemeIncludeCached.Name}`: its result is shared by every page; pass what it needs as an argument, or use `include`");
            }

            return base.TryGetValue(context, span, member, out value);
        }
    }
}
