using FsCheck;
using FsCheck.Fluent;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using Site.Content.Markdown.Extensions;
using Site.Content.Text;

namespace Site.Content.Tests.Properties;

/// <summary>
/// Contributor strings that become URLs: tag slugs become path segments and link fields become
/// hrefs. Neither may leave the site or carry a script scheme, whatever the contributor typed.
/// </summary>
public sealed class UrlSinkProperties
{
    [Fact]
    public void Slugs_are_single_safe_path_segments() =>
        Prop.ForAll(HostileText.Arbitrary, value =>
        {
            var slug = Slug.From(value);

            Assert.All(slug, c => Assert.True(c == '-' || char.IsLetterOrDigit(c) || char.IsSurrogate(c), $"`{c}` in slug `{slug}`"));
            Assert.DoesNotContain("..", slug, StringComparison.Ordinal);
            Assert.False(slug.StartsWith('-') || slug.EndsWith('-'), slug);
        }).Check(PropertyRuns.Config);

    [Fact]
    public void Link_fields_accept_only_absolute_http_urls() =>
        Prop.ForAll(UrlText.Arbitrary, value =>
        {
            var source = new SourceText("input/en/x.md", "---\nhomepage: \"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"\n---\n");
            var diagnostics = new DiagnosticBag();
            var document = FrontMatterParser.Parse(source, diagnostics);
            if (!document.IsValid)
            {
                return;
            }

            var url = new FrontMatterReader(source, diagnostics).Url(document.FrontMatter.Entries[0]);
            if (url is not null)
            {
                var uri = new Uri(url, UriKind.Absolute);
                Assert.True(uri.Scheme is "http" or "https", url);
                Assert.False(SafeUrlExtension.IsDangerous(url), url);
            }
        }).Check(PropertyRuns.Config);

    [Fact]
    public void Urls_that_crash_the_runtime_uri_parser_are_refused_with_a_diagnostic()
    {
        var source = new SourceText("input/en/x.md", "---\nhomepage: \"file://\u202E\"\n---\n");
        var diagnostics = new DiagnosticBag();
        var document = FrontMatterParser.Parse(source, diagnostics);

        Assert.Null(new FrontMatterReader(source, diagnostics).Url(document.FrontMatter.Entries[0]));
        Assert.Contains(diagnostics.ToSortedList(), d => d.Line == 2 && d.Message.Contains("http(s) URL", StringComparison.Ordinal));
    }

    /// <summary>URL-shaped hostile strings: schemes with case, whitespace and control tricks, then anything.</summary>
    private static class UrlText
    {
        private static readonly string[] Schemes =
        [
            "https://", "http://", "HTTPS://", "javascript:", "JaVaScRiPt:", " javascript:", "java\tscript:", "java\u0000script:",
            "data:", "vbscript:", "file://", "//", "/", "../", "ftp://", "https:", "http:/", "\u202Ehttps://",
        ];

        public static Arbitrary<string> Arbitrary { get; } = Gen.Elements(Schemes)
            .SelectMany(scheme => HostileText.Arbitrary.Generator.Select(rest => scheme + rest))
            .ToArbitrary();
    }
}
