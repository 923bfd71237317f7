using System.Text.RegularExpressions;
using Site.Templating.Runtime;
using Site.Templating.Syntax;
using static Site.Templating.Builtins.BuiltinObjects;

namespace Site.Templating.Builtins;

/// <summary>The <c>regex</c> builtin object (.NET dialect, with a match timeout).</summary>
internal static class RegexFunctions
{
    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("escape", P("pattern"), (c, n, a) => Regex.Escape(c.Str(a[0])));
        o.Def("unescape", P("pattern"), (c, n, a) => Regex.Unescape(c.Str(a[0])));
        o.Def("match", new[] { ParamSpec.Req("text"), ParamSpec.Req("pattern"), ParamSpec.Opt("options") }, (c, n, a) =>
        {
            var m = Create(c, n, a[1], a[2]).Match(c.Str(a[0]));
            return Groups(m);
        });
        o.Def("matches", new[] { ParamSpec.Req("text"), ParamSpec.Req("pattern"), ParamSpec.Opt("options") }, (c, n, a) =>
        {
            var result = new ScriptArray();
            foreach (Match m in Create(c, n, a[1], a[2]).Matches(c.Str(a[0])))
            {
                result.Add(Groups(m));
            }
            return result;
        });
        o.Def("replace", new[] { ParamSpec.Req("text"), ParamSpec.Req("pattern"), ParamSpec.Req("replace"), ParamSpec.Opt("options") }, (c, n, a) =>
            Create(c, n, a[1], a[3]).Replace(c.Str(a[0]), c.Str(a[2])));
        o.Def("split", new[] { ParamSpec.Req("text"), ParamSpec.Req("pattern"), ParamSpec.Opt("options") }, (c, n, a) =>
            new ScriptArray(Create(c, n, a[1], a[2]).Split(c.Str(a[0])).Cast<object?>()));
        return o;
    }

    private static ScriptArray Groups(Match m)
    {
        var groups = new ScriptArray();
        if (m.Success)
        {
            foreach (Group g in m.Groups)
            {
                groups.Add(g.Value);
            }
        }
        return groups;
    }

    private static Regex Create(TemplateContext context, ScriptNode node, object? pattern, object? options)
    {
        var opts = RegexOptions.None;
        foreach (var ch in context.Str(options))
        {
            opts |= ch switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => throw new ScriptRuntimeException(node.Span, $"Option `{ch}` is not supported for regex (expecting i, m, s or x)"),
            };
        }
        try
        {
            return new Regex(context.Str(pattern), opts, context.RegexTimeOut);
        }
        catch (ArgumentException ex)
        {
            throw new ScriptRuntimeException(node.Span, "Invalid regex: " + ex.Message, ex);
        }
    }
}
