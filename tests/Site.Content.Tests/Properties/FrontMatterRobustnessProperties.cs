using FsCheck;
using FsCheck.Fluent;
using Site.Content.Config;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using Site.Content.Loading;
using Site.Content.Model;

namespace Site.Content.Tests.Properties;

/// <summary>
/// Front matter comes from strangers: whatever the file holds, splitting it, parsing the YAML
/// and reading every key of every page kind end in diagnostics with a file position, never in
/// an exception.
/// </summary>
public sealed class FrontMatterRobustnessProperties
{
    private static readonly LanguageInfo English = new("en", "English", "en-US", true, string.Empty);

    private static readonly (PageKind Kind, string Id, string Slug)[] Kinds =
    [
        (PageKind.Home, "_index.md", string.Empty),
        (PageKind.Post, "blog/2019/post.md", "post"),
        (PageKind.Project, "projects/linkerd.md", "linkerd"),
        (PageKind.Category, "categories/service-mesh.md", "service-mesh"),
        (PageKind.Sig, "sigs/tag-network.md", "tag-network"),
        (PageKind.Free, "pages/about.md", "about"),
    ];

    [Fact]
    public void Reading_any_page_file_reports_diagnostics_and_never_throws() =>
        Prop.ForAll(SourceFileText.Arbitrary, text =>
        {
            var source = new SourceText("input/en/x.md", text);
            foreach (var (kind, id, slug) in Kinds)
            {
                var diagnostics = new DiagnosticBag();
                var document = FrontMatterParser.Parse(source, diagnostics);
                var file = new ParsedFile(English, id, kind, slug, "/tmp/x.md", document);
                var page = SourcePageBuilder.Build(file, diagnostics, out _);

                Assert.All(diagnostics.ToSortedList(), d =>
                {
                    Assert.Equal("input/en/x.md", d.Path);
                    Assert.InRange(d.Line, 1, source.LineCount + 1);
                });
                Assert.True(page is not null || diagnostics.HasErrors, "a page that was not built must say why");
            }
        }).Check(PropertyRuns.Config);

    [Fact]
    public void Typed_getters_accept_or_report_any_scalar_and_never_throw() =>
        Prop.ForAll(HostileText.Arbitrary, value =>
        {
            // Quoted as a YAML double-quoted scalar so the raw value reaches the getters.
            var yaml = "key: \"" + Escape(value) + "\"\n";
            var source = new SourceText("input/en/x.md", "---\n" + yaml + "---\n");
            var diagnostics = new DiagnosticBag();
            var document = FrontMatterParser.Parse(source, diagnostics);
            var reader = new FrontMatterReader(source, diagnostics);
            foreach (var entry in document.FrontMatter.Entries)
            {
                _ = reader.String(entry);
                _ = reader.List(entry);
                _ = reader.Bool(entry);
                _ = reader.Int(entry);
                _ = reader.Date(entry);
                _ = reader.Url(entry);
                _ = reader.OneOf(entry, ["sandbox", "incubating", "graduated", "archived"]);
            }

            Assert.All(diagnostics.ToSortedList(), d => Assert.InRange(d.Line, 1, 3));
        }).Check(PropertyRuns.Config);

    [Theory]
    [InlineData("deep flow", 2)]
    [InlineData("deep block", 2)]
    [InlineData("alias bomb", 2)]
    [InlineData("bad surrogate escape", 2)]
    public void Hostile_yaml_is_a_positioned_error_not_a_crash(string name, int line)
    {
        var yaml = name switch
        {
            "deep flow" => "title: " + new string('[', 100_000) + new string(']', 100_000),
            "deep block" => "title:\n" + string.Concat(Enumerable.Range(1, 200).Select(i => new string(' ', i) + "-\n")),
            "alias bomb" => "title: &a [x, x]\nsummary: [*a, *a]",
            _ => "title: \"\\uD800\\u0041\"",
        };
        var source = new SourceText("input/en/x.md", "---\n" + yaml + "\n---\nBody.\n");
        var diagnostics = new DiagnosticBag();

        var document = FrontMatterParser.Parse(source, diagnostics);

        Assert.False(document.IsValid);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.True(error.Line >= line, error.ToString());
        Assert.Contains("front matter", error.Message, StringComparison.Ordinal);
    }

    private static string Escape(string value)
    {
        var sb = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                < ' ' or '\u007F' or (>= '\uD800' and <= '\uDFFF') or '\uFFFE' or '\uFFFF' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' =>
                    sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
