using System.Globalization;
using System.Text;
using Site.Content;
using Site.Content.Loading;
using Site.Content.Model;
using Site.Content.Text;

namespace Site.Cli.Scaffolding;

/// <summary>
/// Produces new pages with valid front matter at the path the content model expects, checked
/// against the loaded site: categories, SIGs and maturities must exist, and a page in another
/// language than the default one is a translation of an existing page (words only, with
/// <c>sourceHash</c>, and the source's text as the starting point for the translator).
/// </summary>
public sealed class PageScaffolder(ContentSet site)
{
    /// <summary>
    /// A new page's first front-matter line. It starts as a draft, as Hugo's `hugo new` does, so that its stand-in text is
    /// never published: `check` refuses the text once the draft is lifted (<see cref="ScaffoldText"/>).
    /// </summary>
    private const string WriteThenPublish = "# Write the page in place of the stand-in text, then remove `draft: true` to publish it.\n";

    private string DefaultLanguage => site.Config.DefaultLanguage.Code;

    public ScaffoldResult Post(string title, string? language, DateOnly date, string? slug)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return ScaffoldResult.Fail("a post needs a title");
        }

        if (CheckLanguage(language) is { } languageError)
        {
            return ScaffoldResult.Fail(languageError);
        }

        if (IsTranslation(language))
        {
            var key = slug ?? Slug.From(title);
            var matches = SourcesOf(PageKind.Post).Where(p => Matches(p, key)).ToList();
            return matches.Count switch
            {
                1 => Translation(matches[0], language!, title),
                0 => ScaffoldResult.Fail(
                    $"no {DefaultLanguage} post `{key}` to translate: a {language} post is a translation of an existing one; give its slug with --slug"
                    + Suggest(key, SourcesOf(PageKind.Post).Select(p => p.Slug))),
                _ => ScaffoldResult.Fail($"several posts are named `{key}`: {string.Join(", ", matches.Select(m => m.Id))}; give --slug <year>/{key}"),
            };
        }

        slug ??= Slug.From(title);
        if (!IsValidSlug(slug))
        {
            return ScaffoldResult.Fail($"cannot derive a file name from the title; give one with --slug (lower-case letters, digits and '-')");
        }

        var text = new StringBuilder()
            .Append("---\n")
            .Append(WriteThenPublish)
            .Append("title: ").Append(YamlText.Quote(title.Trim())).Append('\n')
            .Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("authors: []\n")
            .Append("tags: []\n")
            .Append("projects: []\n")
            .Append("draft: true\n")
            .Append("---\n\n")
            .Append(ScaffoldText.PostOpening).Append('\n')
            .ToString();
        return Create($"{DefaultLanguage}/blog/{date.Year:D4}/{slug}.md", text);
    }

    public ScaffoldResult Project(string slug, string? language, string? title, string? category, string? maturity, string? sig)
    {
        if (CheckLanguage(language) is { } languageError)
        {
            return ScaffoldResult.Fail(languageError);
        }

        if (IsTranslation(language))
        {
            return category is not null || maturity is not null || sig is not null
                ? ScaffoldResult.Fail($"category, maturity and sig are facts stated by the {DefaultLanguage} page; a translation gives only words")
                : TranslationOf(PageKind.Project, slug, language!, title);
        }

        if (!IsValidSlug(slug))
        {
            return ScaffoldResult.Fail($"`{slug}` is not a valid slug: use lower-case letters, digits and '-' (e.g. `{Slug.From(slug)}`)");
        }

        if (category is null)
        {
            return ScaffoldResult.Fail("a project needs --category <slug>" + Available(PageKind.Category));
        }

        if (!Exists(PageKind.Category, category))
        {
            return ScaffoldResult.Fail($"unknown category `{category}`" + Suggest(category, SourcesOf(PageKind.Category).Select(p => p.Slug)) + Available(PageKind.Category));
        }

        if (maturity is null || !MaturityNames.All.Contains(maturity))
        {
            return ScaffoldResult.Fail($"{(maturity is null ? "a project needs --maturity" : $"unknown maturity `{maturity}`")}; one of {string.Join(", ", MaturityNames.All)}"
                + (maturity is null ? string.Empty : Suggest(maturity, MaturityNames.All)));
        }

        if (sig is not null && !Exists(PageKind.Sig, sig))
        {
            return ScaffoldResult.Fail($"unknown SIG/TAG `{sig}`" + Suggest(sig, SourcesOf(PageKind.Sig).Select(p => p.Slug)) + Available(PageKind.Sig));
        }

        var name = title ?? Humanize(slug);
        var text = new StringBuilder()
            .Append("---\n")
            .Append(WriteThenPublish)
            .Append("title: ").Append(YamlText.Quote(name)).Append('\n')
            .Append("maturity: ").Append(maturity).Append('\n')
            .Append("category: ").Append(category).Append('\n');
        if (sig is not null)
        {
            text.Append("sig: ").Append(sig).Append('\n');
        }

        text.Append("draft: true\n")
            .Append("---\n\n")
            .Append(name).Append(" is … ").Append(ScaffoldText.ProjectOpeningEnd).Append('\n');
        return Create($"{DefaultLanguage}/projects/{slug}.md", text.ToString());
    }

    public ScaffoldResult Sig(string slug, string? language, string? title, string? kind)
    {
        if (CheckLanguage(language) is { } languageError)
        {
            return ScaffoldResult.Fail(languageError);
        }

        if (IsTranslation(language))
        {
            return kind is not null
                ? ScaffoldResult.Fail($"kind is a fact stated by the {DefaultLanguage} page; a translation gives only words")
                : TranslationOf(PageKind.Sig, slug, language!, title);
        }

        if (!IsValidSlug(slug))
        {
            return ScaffoldResult.Fail($"`{slug}` is not a valid slug: use lower-case letters, digits and '-' (e.g. `{Slug.From(slug)}`)");
        }

        if (kind is null || !GroupKindNames.All.Contains(kind))
        {
            return ScaffoldResult.Fail($"{(kind is null ? "a SIG/TAG page needs --kind" : $"unknown kind `{kind}`")}; one of {string.Join(", ", GroupKindNames.All)}");
        }

        var name = title ?? Humanize(slug);
        var text = new StringBuilder()
            .Append("---\n")
            .Append(WriteThenPublish)
            .Append("title: ").Append(YamlText.Quote(name)).Append('\n')
            .Append("kind: ").Append(kind).Append('\n')
            .Append("chairs: []\n")
            .Append("tocLiaisons: []\n")
            .Append("channels: []\n")
            .Append("draft: true\n")
            .Append("---\n\n")
            .Append(name).Append(" … ").Append(ScaffoldText.SigOpeningEnd).Append('\n')
            .ToString();
        return Create($"{DefaultLanguage}/sigs/{slug}.md", text);
    }

    private ScaffoldResult TranslationOf(PageKind kind, string slug, string language, string? title)
    {
        var source = SourcesOf(kind).FirstOrDefault(p => p.Slug == slug);
        return source is null
            ? ScaffoldResult.Fail($"no {DefaultLanguage} page `{slug}` to translate; create it first" + Suggest(slug, SourcesOf(kind).Select(p => p.Slug)))
            : Translation(source, language, title ?? source.Title);
    }

    /// <summary>
    /// Words only, <c>sourceHash</c> of the source, and the source's summary and body to translate in place; a draft
    /// until translated, since the source's text published as the translation would hide the "not yet translated" notice.
    /// </summary>
    private ScaffoldResult Translation(Page source, string language, string title)
    {
        var text = new StringBuilder()
            .Append("---\n")
            .Append("# Translate the summary and the body in place, then remove `draft: true` to publish.\n")
            .Append("title: ").Append(YamlText.Quote(title.Trim())).Append('\n');
        if (!string.IsNullOrWhiteSpace(source.Summary))
        {
            text.Append("summary: ").Append(YamlText.Quote(source.Summary)).Append('\n');
        }

        text.Append("sourceHash: ").Append(source.SourceHash).Append('\n')
            .Append("draft: true\n")
            .Append("---\n")
            .Append(source.Body.TrimEnd()).Append('\n');
        return Create($"{language}/{source.Id}", text.ToString());
    }

    private ScaffoldResult Create(string relativePath, string text)
    {
        // The page may exist as a file or as a page bundle (`x/index.md`): either is the same page.
        var slash = relativePath.IndexOf('/');
        var existing = PagePath.ExistingFile(Path.Combine(site.InputRoot, relativePath[..slash]), relativePath[(slash + 1)..]);
        return existing is not null
            ? ScaffoldResult.Fail($"{RelativeToCwd(existing)} already exists; nothing was written")
            : ScaffoldResult.Ok(new NewPage(relativePath, text));
    }

    private string? CheckLanguage(string? language) =>
        language is null || site.Config.Language(language) is not null
            ? null
            : $"unknown language `{language}`; site.yml lists {string.Join(", ", site.Config.Languages.Select(l => l.Code))}";

    private bool IsTranslation(string? language) => language is not null && language != DefaultLanguage;

    private IEnumerable<Page> SourcesOf(PageKind kind) =>
        site.PagesIn(DefaultLanguage).Where(p => p.Kind == kind && !p.IsFallback);

    private bool Exists(PageKind kind, string slug) => SourcesOf(kind).Any(p => p.Slug == slug);

    private string Available(PageKind kind)
    {
        var slugs = SourcesOf(kind).Select(p => p.Slug).Order(StringComparer.Ordinal).ToList();
        return slugs.Count == 0 ? string.Empty : $" (available: {string.Join(", ", slugs)})";
    }

    /// <summary>A post matches by slug, or by <c>year/slug</c> as it sits below <c>blog/</c>.</summary>
    private static bool Matches(Page post, string key) =>
        post.Slug == key || post.Id == $"blog/{key}.md" || post.Id == $"blog/{key}";

    private static string Suggest(string input, IEnumerable<string> candidates) =>
        NearestMatch.Find(input, candidates) is { } near ? $"; did you mean `{near}`?" : string.Empty;

    private static bool IsValidSlug(string slug) =>
        slug.Length > 0 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && slug[0] != '-' && slug[^1] != '-';

    /// <summary><c>tag-app-delivery</c> → <c>TAG App Delivery</c>.</summary>
    internal static string Humanize(string slug) => string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(word =>
        word is "sig" or "tag" or "wg" or "cncf" or "api" ? word.ToUpperInvariant() : char.ToUpperInvariant(word[0]) + word[1..]));

    private static string RelativeToCwd(string full)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
