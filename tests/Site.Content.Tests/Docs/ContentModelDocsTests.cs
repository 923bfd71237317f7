using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Content.Loading;
using Site.TestSupport;

namespace Site.Content.Tests.Docs;

/// <summary>
/// The contributor docs of the content model keep up with the code: every front matter key a page
/// type accepts, every <c>site.yml</c> key and every component of the default theme is named in both
/// languages, and nothing sends a contributor outside the repository (a clone has no <c>../shared</c>).
/// </summary>
public sealed partial class ContentModelDocsTests
{
    public static TheoryData<string> Docs => new() { "CONTENT-MODEL.md", "CONTENT-MODEL.zh.md" };

    private static readonly string[] SiteYmlKeys = ["title", "baseUrl", "languages", "theme", "repository", "branch", "editPath"];

    private static readonly string[] Contributor = ["README.md", "CONTRIBUTING.md", "CONTRIBUTING.zh.md", "CONTENT-MODEL.md", "CONTENT-MODEL.zh.md", "src/Site.Content/README.md"];

    [Theory]
    [MemberData(nameof(Docs))]
    public void Every_front_matter_key_of_every_page_type_is_documented(string doc)
    {
        var text = Read(doc);
        var keys = PageSchema.All.SelectMany(s => s.Allowed.Concat(s.TranslationKeys)).Distinct(StringComparer.Ordinal);

        Assert.All(keys, key => Assert.True(text.Contains($"`{key}`", StringComparison.Ordinal), $"{doc} does not describe the front matter key `{key}`"));
        Assert.All(PageSchema.All.Where(s => s.Folder.Length > 0), s => Assert.True(text.Contains($"{s.Folder}/<", StringComparison.Ordinal), $"{doc} does not describe the folder {s.Folder}/"));
    }

    [Theory]
    [MemberData(nameof(Docs))]
    public void Every_site_yml_key_and_component_is_documented(string doc)
    {
        var text = Read(doc);
        var components = ComponentName().Matches(File.ReadAllText(RepositoryRoot.Combine("themes", "default", "shortcodes", "shortcodes.yml")))
            .Select(m => m.Groups[1].Value)
            .ToList();

        Assert.NotEmpty(components);
        Assert.All(SiteYmlKeys, key => Assert.True(text.Contains($"`{key}`", StringComparison.Ordinal), $"{doc} does not describe the site.yml key `{key}`"));
        Assert.All(components, name => Assert.True(text.Contains($"`{name}`", StringComparison.Ordinal), $"{doc} does not describe the component `{name}`"));
    }

    [Fact]
    public void Contributor_docs_stand_on_their_own_and_their_relative_links_resolve()
    {
        var checkedLinks = 0;
        foreach (var doc in Contributor)
        {
            var text = Read(doc);
            // The README may name the team's benchmark corpus and landscape copy beside the clone; the contract may not.
            Assert.False(doc != "README.md" && (text.Contains("../shared", StringComparison.Ordinal) || text.Contains("shared/spec", StringComparison.Ordinal)), $"{doc} points outside the repository");
            var folder = Path.GetDirectoryName(RepositoryRoot.Combine(doc.Split('/')))!;
            foreach (var target in RelativeLinks(text))
            {
                Assert.True(File.Exists(Path.Combine(folder, target)) || Directory.Exists(Path.Combine(folder, target)), $"{doc} links to {target}, which does not exist");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks >= 10, $"only {checkedLinks} relative links found: the docs link to each other more than that");
    }

    private static string Read(string doc) => File.ReadAllText(RepositoryRoot.Combine(doc.Split('/')));

    /// <summary>A top-level key of shortcodes.yml: a component.</summary>
    [GeneratedRegex(@"(?m)^([a-z][a-z0-9_-]*):\s*$")]
    private static partial Regex ComponentName();

    /// <summary>The targets of the markdown links to files of the repository (not URLs, not fragments), as Markdig reads them: code spans hold none.</summary>
    private static IEnumerable<string> RelativeLinks(string markdown) =>
        Markdig.Markdown.Parse(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build())
            .Descendants<LinkInline>()
            .Select(link => link.Url ?? string.Empty)
            .Where(url => url.Length > 0 && !url.StartsWith('#') && !url.StartsWith('/') && !url.Contains(':', StringComparison.Ordinal))
            .Select(url => url.Split('#')[0]);
}
