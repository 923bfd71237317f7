using Site.Content.Config;
using Site.Content.Text;

namespace Site.Content.Loading;

/// <summary>URLs of the pages the generator makes itself (lists, indexes, feeds), per the content model.</summary>
public static class GeneratedUrls
{
    public const int PostsPerPage = 20;

    public const string Sitemap = "/sitemap.xml";

    public const string NotFound = "/404.html";

    /// <summary>The home page of a language (`/`, `/zh/`): built even without an `_index.md`.</summary>
    public static string Home(LanguageInfo language) => language.HomeUrl;

    public static string BlogPage(LanguageInfo language, int number) =>
        number <= 1 ? language.Localise("/blog/") : language.Localise($"/blog/page/{number}/");

    public static string Projects(LanguageInfo language) => language.Localise("/projects/");

    public static string Categories(LanguageInfo language) => language.Localise("/categories/");

    public static string Sigs(LanguageInfo language) => language.Localise("/sigs/");

    public static string Tags(LanguageInfo language) => language.Localise("/tags/");

    /// <summary>The A–Z index of the glossary terms (`glossary/&lt;term&gt;.md` pages sit below it).</summary>
    public static string Glossary(LanguageInfo language) => language.Localise("/glossary/");

    public static string Tag(LanguageInfo language, string tagSlug) => language.Localise($"/tags/{tagSlug}/");

    public static string Search(LanguageInfo language) => language.Localise("/search/");

    /// <summary>The translation status report published in every language.</summary>
    public static string TranslationStatus(LanguageInfo language) => language.Localise("/status/translations/");

    public static string Feed(LanguageInfo language) => language.Localise("/feed.xml");

    public static int PageCount(int postCount) => Math.Max(1, (postCount + PostsPerPage - 1) / PostsPerPage);

    /// <summary>Every generated URL of one language, given its post count and tag names.</summary>
    public static IEnumerable<string> For(LanguageInfo language, int postCount, IEnumerable<string> tagSlugs)
    {
        for (var n = 1; n <= PageCount(postCount); n++)
        {
            yield return BlogPage(language, n);
        }

        yield return Projects(language);
        yield return Categories(language);
        yield return Sigs(language);
        yield return Glossary(language);
        yield return Tags(language);
        yield return Search(language);
        yield return TranslationStatus(language);
        yield return Feed(language);
        foreach (var slug in tagSlugs)
        {
            yield return Tag(language, slug);
        }
    }

    /// <summary>Slug of a tag name (see <see cref="Slug.From"/>).</summary>
    public static string TagSlug(string tag) => Slug.From(tag);
}
