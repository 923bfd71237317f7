using System.Text;
using Site.Templating.Parsing;
using Site.Templating.Runtime;

namespace Site.Templating.Tests.Conformance;

/// <summary>One manifest row of the Scriban conformance corpus.</summary>
public sealed record ConformanceCase(string Kind, string Input, string Expected, string Lang, string Expect, string Note)
{
    public string Name => $"{Kind}/{Input}";

    public string Category => Kind + "/" + Input.Split('/')[0];

    /// <summary>Doc tests the README allows to differ (random, current year, culture data).</summary>
    public bool IsExempt => Note.StartsWith("nondeterministic", StringComparison.Ordinal) || Note.StartsWith("culture-data", StringComparison.Ordinal);
}

/// <summary>Locates and runs the corpus exactly as its README describes.</summary>
public static class ConformanceCorpus
{
    public static string? FindRoot()
    {
        var root = Path.GetFullPath(Site.TestSupport.RepositoryRoot.Combine("..", "shared", "conformance", "scriban"));
        return Directory.Exists(root) ? root : null;
    }

    public static List<ConformanceCase> Load(string root)
    {
        var cases = new List<ConformanceCase>();
        foreach (var line in File.ReadLines(Path.Combine(root, "testfiles-manifest.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length >= 4)
            {
                cases.Add(new ConformanceCase("testfiles", f[0], f[1], f[2], f[3], ""));
            }
        }
        foreach (var line in File.ReadLines(Path.Combine(root, "doctests-manifest.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length >= 4)
            {
                cases.Add(new ConformanceCase("doctests", f[0], f[1], "scriban", "output", f[3]));
            }
        }
        return cases;
    }

    public static string ReadText(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false));
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>Runs one case and returns its output (rendered text or error lines).</summary>
    public static string Run(string root, ConformanceCase test)
    {
        var input = ReadText(Path.Combine(root, test.Kind, test.Input));
        var syntax = test.Lang switch
        {
            "liquid" => TemplateSyntax.Liquid,
            "scientific" => TemplateSyntax.Scientific,
            _ => TemplateSyntax.Scriban,
        };
        var template = Template.Parse(input, "text", syntax);
        if (template.HasErrors)
        {
            return string.Join("\n", template.Messages.Where(m => m.Type == ParserMessageType.Error).Select(m => m.ToScribanString()));
        }
        var context = new TemplateContext { LoopLimit = 1000, RecursiveLimit = 100, NewLine = "\n" };
        context.PushGlobal(CreateGlobals());
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            return ex.Message;
        }
    }

    public static bool Matches(ConformanceCase test, string expected, string actual)
    {
        if (test.Expect is "parse-error" or "runtime-error")
        {
            return FirstPosition(expected) == FirstPosition(actual) && FirstPosition(expected) != null;
        }
        return expected == actual;
    }

    private static string? FirstPosition(string output)
    {
        var first = output.Split('\n')[0];
        var close = first.IndexOf(')', StringComparison.Ordinal);
        return first.StartsWith("text(", StringComparison.Ordinal) && close > 0 ? first[..(close + 1)] : null;
    }

    private static ScriptObject CreateGlobals()
    {
        var globals = new ScriptObject();
        globals["page"] = new ScriptObject { ["title"] = "This is a title" };
        globals["user"] = new ScriptObject { ["name"] = "John" };
        globals["product"] = new ScriptObject { ["title"] = "Orange", ["type"] = "fruit" };
        var products = new ScriptArray();
        foreach (var (title, type) in new[] { ("Orange", "fruit"), ("Banana", "fruit"), ("Apple", "fruit"), ("Computer", "electronics"), ("Mobile Phone", "electronics"), ("Table", "furniture"), ("Sofa", "furniture") })
        {
            products.Add(new ScriptObject { ["title"] = title, ["type"] = type });
        }
        globals["products"] = products;
        globals["special_concat_strings"] = new BuiltinFunction(
            "special_concat_strings",
            new[] { ParamSpec.Opt("a", "default_a"), ParamSpec.Opt("b", "default_b"), ParamSpec.Opt("c", "default_c") },
            (c, n, a) => $"a: {c.ObjectToString(a[0])}, b: {c.ObjectToString(a[1])}, c: {c.ObjectToString(a[2])}");
        globals["special_concat_string_and_params"] = new BuiltinFunction(
            "special_concat_string_and_params",
            new[] { ParamSpec.Req("a"), ParamSpec.Params("args") },
            (c, n, a) => $"a: {c.ObjectToString(a[0])}, " + JoinParams(c, (ScriptArray)a[1]!));
        globals["special_concat_params"] = new BuiltinFunction(
            "special_concat_params",
            new[] { ParamSpec.Params("args") },
            (c, n, a) => JoinParams(c, (ScriptArray)a[0]!));
        return globals;
    }

    private static string JoinParams(TemplateContext context, ScriptArray args) =>
        string.Join(", ", args.Select((v, i) => $"v{i}: {context.ObjectToString(v)}"));
}
