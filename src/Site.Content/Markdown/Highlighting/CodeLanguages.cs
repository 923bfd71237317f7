namespace Site.Content.Markdown.Highlighting;

/// <summary>A language the highlighter knows: its display name and the TextMate scope of its grammar.</summary>
/// <param name="Name">Shown to readers (the code block's label), e.g. <c>YAML</c>, <c>Shell session</c>.</param>
/// <param name="Scope">Root scope of the grammar (<c>source.yaml</c>).</param>
/// <param name="IsConsole">A terminal session: prompt lines are commands (highlighted as shell), other lines are output.</param>
public sealed record CodeLanguage(string Name, string Scope, bool IsConsole = false);

/// <summary>
/// The fence names contributors write (<c>```yaml</c>, <c>```sh</c>, <c>```terraform</c>), mapped to
/// grammars: the ones TextMateSharp.Grammars ships, plus TOML, HCL and PromQL written for this
/// project (<c>Grammars/</c>). A name not listed here renders as plain text.
/// </summary>
public static class CodeLanguages
{
    private static readonly Dictionary<string, CodeLanguage> ByName = Build();

    /// <summary>The language of a fence's info string (its first word, case-insensitive), or null for plain text.</summary>
    public static CodeLanguage? Resolve(string? info)
    {
        var name = FirstWord(info);
        return name.Length == 0 ? null : ByName.GetValueOrDefault(name);
    }

    /// <summary>
    /// The language of a block: that of its info string, except that a shell block whose first line is a `$ ` prompt
    /// is a terminal session (istio.io writes every command that way, output between them): read as one, its prompts
    /// and output are marked, and the copy button leaves them out.
    /// </summary>
    public static CodeLanguage? ForBlock(string? info, IReadOnlyList<string> lines)
    {
        var language = Resolve(info);
        if (language is not { IsConsole: false, Scope: "source.shell" })
        {
            return language;
        }

        var first = lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        return first is not null && first.StartsWith("$ ", StringComparison.Ordinal) ? ByName["console"] : language;
    }

    /// <summary>The first word of an info string (<c>yaml title="x"</c> → <c>yaml</c>), or empty.</summary>
    public static string FirstWord(string? info) => FirstWordSpan(info).ToString();

    /// <summary><see cref="FirstWord"/> without making a string.</summary>
    public static ReadOnlySpan<char> FirstWordSpan(string? info)
    {
        var text = info.AsSpan().Trim();
        var end = text.IndexOfAny(' ', '\t', '{');
        return end < 0 ? text : text[..end];
    }

    /// <summary>Every fence name understood, for documentation and tests.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    private static Dictionary<string, CodeLanguage> Build()
    {
        var map = new Dictionary<string, CodeLanguage>(StringComparer.OrdinalIgnoreCase);
        void Add(CodeLanguage language, params string[] names)
        {
            foreach (var n in names)
            {
                map[n] = language;
            }
        }

        Add(new("YAML", "source.yaml"), "yaml", "yml");
        Add(new("JSON", "source.json"), "json", "jsonl", "json5", "geojson");
        Add(new("JSON with comments", "source.json.comments"), "jsonc");
        Add(new("Shell", "source.shell"), "shell", "sh", "bash", "zsh", "ksh", "shellscript");
        Add(new("Shell session", "source.shell", IsConsole: true), "console", "shell-session", "shellsession", "terminal", "sh-session");
        Add(new("Go", "source.go"), "go", "golang");
        Add(new("Python", "source.python"), "python", "py", "python3");
        Add(new("Rust", "source.rust"), "rust", "rs");
        Add(new("Java", "source.java"), "java");
        Add(new("JavaScript", "source.js"), "javascript", "js", "mjs", "cjs", "node");
        Add(new("JSX", "source.js.jsx"), "jsx");
        Add(new("TypeScript", "source.ts"), "typescript", "ts");
        Add(new("TSX", "source.tsx"), "tsx");
        Add(new("Dockerfile", "source.dockerfile"), "dockerfile", "docker", "containerfile");
        Add(new("HCL", "source.hcl"), "hcl", "terraform", "tf", "nomad");
        Add(new("TOML", "source.toml"), "toml");
        Add(new("PromQL", "source.promql"), "promql");
        Add(new("SQL", "source.sql"), "sql", "psql", "mysql", "postgresql");
        Add(new("Diff", "source.diff"), "diff", "patch");
        Add(new("C", "source.c"), "c", "h");
        Add(new("C++", "source.cpp"), "cpp", "c++", "cc", "hpp", "cxx");
        Add(new("C#", "source.cs"), "csharp", "cs", "c#");
        Add(new("F#", "source.fsharp"), "fsharp", "fs", "f#");
        Add(new("Ruby", "source.ruby"), "ruby", "rb");
        Add(new("PHP", "source.php"), "php");
        Add(new("Lua", "source.lua"), "lua");
        Add(new("Swift", "source.swift"), "swift");
        Add(new("Dart", "source.dart"), "dart");
        Add(new("Groovy", "source.groovy"), "groovy", "gradle", "jenkinsfile");
        Add(new("PowerShell", "source.powershell"), "powershell", "ps1", "pwsh");
        Add(new("Batch", "source.batchfile"), "bat", "batch", "cmd");
        Add(new("Makefile", "source.makefile"), "makefile", "make", "mk");
        Add(new("INI", "source.ini"), "ini", "cfg", "conf", "editorconfig", "gitconfig");
        Add(new("Properties", "source.ini"), "properties");
        Add(new("XML", "text.xml"), "xml", "xsd", "svg", "pom");
        Add(new("HTML", "text.html.derivative"), "html", "htm", "xhtml");
        Add(new("CSS", "source.css"), "css");
        Add(new("SCSS", "source.css.scss"), "scss");
        Add(new("Markdown", "text.html.markdown"), "markdown", "md");
        Add(new("Log", "text.log"), "log");
        Add(new("Perl", "source.perl"), "perl", "pl");
        Add(new("R", "source.r"), "r");
        Add(new("Julia", "source.julia"), "julia", "jl");
        Add(new("Clojure", "source.clojure"), "clojure", "clj");
        Add(new("Visual Basic", "source.asp.vb.net"), "vb", "vbnet");
        Add(new("Handlebars", "text.html.handlebars"), "handlebars", "hbs", "mustache");
        return map;
    }
}
