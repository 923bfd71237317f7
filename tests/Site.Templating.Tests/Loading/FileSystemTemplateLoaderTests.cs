using Site.Templating.Runtime;

namespace Site.Templating.Tests.Loading;

public sealed class FileSystemTemplateLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-templating-" + Guid.NewGuid().ToString("N"));

    public FileSystemTemplateLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "theme", "partials"));
        File.WriteAllText(Path.Combine(_root, "theme", "partials", "header.scriban"), "<h1>{{ $title }}</h1>\n<p>{{ $0 }}</p>");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "secret");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Render(string text)
    {
        var context = new TemplateContext { TemplateLoader = new FileSystemTemplateLoader(Path.Combine(_root, "theme")) };
        return Template.Parse(text, "layouts/base.scriban").Render(context);
    }

    [Fact]
    public void Include_resolves_partials_with_named_arguments_and_indent()
    {
        Assert.Equal("<div>\n  <h1>Hi &amp;</h1>\n  <p>partials/header</p>\n</div>", Render("<div>\n  {{ include \"partials/header\" title: (\"Hi &\" | html.escape) }}\n</div>"));
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("partials/../../secret.txt")]
    [InlineData("/etc/passwd")]
    public void Include_refuses_paths_outside_the_root(string name)
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Render($"{{{{ include '{name}' }}}}"));

        Assert.Contains("Invalid include path", error.Message);
        Assert.Equal("layouts/base.scriban", error.Span.Path);
    }

    [Fact]
    public void Include_refuses_symlinks_leaving_the_root()
    {
        var link = Path.Combine(_root, "theme", "partials", "evil.scriban");
        try
        {
            File.CreateSymbolicLink(link, Path.Combine(_root, "secret.txt"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return;
        }

        var error = Assert.Throws<ScriptRuntimeException>(() => Render("{{ include 'partials/evil' }}"));

        Assert.Contains("outside the theme", error.Message);
    }

    [Fact]
    public void Parsed_partials_are_cached_across_contexts()
    {
        var loader = new FileSystemTemplateLoader(Path.Combine(_root, "theme"));
        var path = loader.GetPath(new TemplateContext(), default, "partials/header")!;

        var first = loader.LoadParsed(new TemplateContext(), default, path);
        var second = loader.LoadParsed(new TemplateContext(), default, path);

        Assert.Same(first, second);
    }
}
