using Site.Templating.Runtime;
using Site.Templating.Syntax;

namespace Site.Templating.Builtins;

/// <summary><c>include</c> and <c>include_join</c>: render templates from the <see cref="ITemplateLoader"/>.</summary>
internal static class IncludeFunctions
{
    public static void Register(ScriptObject root)
    {
        root.SetValue("include", new IncludeFunction(), readOnly: true);
        root.Def("include_join", new[] { ParamSpec.Req("templates"), ParamSpec.Req("separator"), ParamSpec.Opt("begin"), ParamSpec.Opt("end") }, (c, n, a) =>
        {
            var names = ArrayFunctions.Items(c, a[0]).Select(c.Str).ToList();
            if (names.Count == 0)
            {
                return string.Empty;
            }
            string Part(object? value) => c.Str(value) is var s && s.StartsWith("tpl:", StringComparison.Ordinal) ? Include(c, n, s[4..], new ScriptArguments(new List<object?>())) : c.Str(value);
            var parts = names.Select(name => Include(c, n, name, new ScriptArguments(new List<object?>())));
            return Part(a[2]) + string.Join(Part(a[1]), parts) + Part(a[3]);
        });
    }

    private sealed class IncludeFunction : IOutputFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode callerNode, ScriptArguments arguments)
        {
            var name = NameOf(context, callerNode, arguments);
            var template = Resolve(context, callerNode, name);
            return template.RenderNested(context, ArgumentsOf(context, name, arguments), arguments.Named, recycleArguments: true);
        }

        public void InvokeToOutput(TemplateContext context, ScriptNode callerNode, ScriptArguments arguments)
        {
            var name = NameOf(context, callerNode, arguments);
            var template = Resolve(context, callerNode, name);
            template.RenderNestedToOutput(context, callerNode, ArgumentsOf(context, name, arguments), arguments.Named, recycleArguments: true);
        }

        private static string NameOf(TemplateContext context, ScriptNode callerNode, ScriptArguments arguments)
        {
            if (arguments.Count == 0)
            {
                throw new ScriptRuntimeException(callerNode.Span, "Expecting at least the name of the template to include for the <include> function");
            }
            return context.Str(arguments.Positional[0]);
        }
    }

    internal static string Include(TemplateContext context, ScriptNode node, string name, ScriptArguments arguments) =>
        Resolve(context, node, name).RenderNested(context, ArgumentsOf(context, name, arguments), arguments.Named, recycleArguments: true);

    /// <summary>
    /// The include's <c>$</c>: its own copy of the positional arguments (the caller's buffer is reused), in an
    /// array the context recycles after the include unless the template read <c>$</c> itself as a value.
    /// </summary>
    private static ScriptArray ArgumentsOf(TemplateContext context, string name, ScriptArguments arguments)
    {
        var args = context.RentIncludeArguments();
        args.AddRange(arguments.Positional);
        if (args.Count == 0)
        {
            args.Add(name);
        }
        return args;
    }

    private static Template Resolve(TemplateContext context, ScriptNode node, string name)
    {
        var loader = context.TemplateLoader ?? throw new ScriptRuntimeException(node.Span, $"Unable to include <{name}>. No TemplateLoader registered in TemplateContext.TemplateLoader");
        string? path;
        try
        {
            path = loader.GetPath(context, node.Span, name);
        }
        catch (ScriptRuntimeException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new ScriptRuntimeException(node.Span, $"Unable to include <{name}>: {ex.Message}", ex);
        }
        if (path == null)
        {
            throw new ScriptRuntimeException(node.Span, $"Include template path is null for `{name}`");
        }
        if (!context.CachedTemplates.TryGetValue(path, out var template) || template.IsLiquid != context.IsLiquid)
        {
            template = loader.LoadParsed(context, node.Span, path);
            // A loader's parsed cache holds one syntax; a partial included from the other one is parsed here.
            if (template == null || template.IsLiquid != context.IsLiquid)
            {
                var text = loader.Load(context, node.Span, path) ?? throw new ScriptRuntimeException(node.Span, $"The result of including `{name}` cannot be null");
                template = context.IsLiquid ? Template.ParseLiquid(text, path) : Template.Parse(text, path);
            }
            if (template.HasErrors)
            {
                throw new ScriptRuntimeException(node.Span, $"Error while parsing template `{name}`: {string.Join("; ", template.Messages)}");
            }
            context.CachedTemplates[path] = template;
        }
        return template;
    }
}
