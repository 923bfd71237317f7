using Site.Content;
using Site.Content.Model;

namespace Site.Pipeline.Images;

/// <summary>
/// The link-preview images of a site: one site card per language (its title; the default language's
/// when no installed font can draw the language's script), and one card per project with its logo and name
/// (names are not translated, so both languages share it). Pages other than projects use the site card.
/// </summary>
public sealed class SocialCardSet
{
    /// <summary>Where a project's logo is looked up among the input's assets: <c>input/assets/logos/&lt;slug&gt;.svg</c> (or .png).</summary>
    public const string LogoFolder = "/assets/logos/";

    private readonly Dictionary<string, SocialCard> _site = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SocialCard> _projects = new(StringComparer.Ordinal);

    private SocialCardSet()
    {
    }

    /// <summary>Every distinct card, in a stable order.</summary>
    public IReadOnlyList<SocialCard> All { get; private set; } = [];

    public static SocialCardSet For(ContentSet content) => Sets.GetValue(content, Make);

    // One set per content: a one-shot build asks for it twice (the cards drawn early, the page models), and
    // making it reads and hashes every project's logo.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentSet, SocialCardSet> Sets = new();

    private static SocialCardSet Make(ContentSet content)
    {
        var set = new SocialCardSet();
        var config = content.Config;
        var host = Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var uri) ? uri.Host : config.BaseUrl;
        var defaultTitle = config.Title(config.DefaultLanguage.Code);
        foreach (var language in config.Languages)
        {
            var title = config.Title(language.Code);
            var fonts = FontsFor(title);
            set._site[language.Code] = fonts is null
                ? new SocialCard(defaultTitle, host, null, CardFonts.Latin)
                : new SocialCard(title, host, null, fonts);
        }

        var logos = content.Assets
            .Where(a => a.Url.StartsWith(LogoFolder, StringComparison.Ordinal))
            .ToDictionary(a => a.Url, a => a.FullPath, StringComparer.Ordinal);
        foreach (var project in content.PagesIn(config.DefaultLanguage.Code).OfType<ProjectPage>())
        {
            var logo = logos.GetValueOrDefault($"{LogoFolder}{project.Slug}.svg") ?? logos.GetValueOrDefault($"{LogoFolder}{project.Slug}.png");
            var fonts = FontsFor(project.Title) ?? CardFonts.Latin;
            set._projects[project.Id] = new SocialCard(project.Title, defaultTitle, logo, fonts);
        }

        set.All = set._site.Values.Concat(set._projects.Values)
            .GroupBy(c => c.Hash, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(c => c.Hash, StringComparer.Ordinal)
            .ToList();
        return set;
    }

    /// <summary>The card of a page: its project's card, else the site card of its language.</summary>
    public SocialCard For(Page? page, string languageCode) =>
        page is ProjectPage project && _projects.TryGetValue(project.Id, out var card) ? card : _site[languageCode];

    private static CardFonts? FontsFor(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x2E7F && !char.IsWhiteSpace(c))
            {
                return CardFonts.For(c);
            }
        }

        return CardFonts.Latin;
    }
}
