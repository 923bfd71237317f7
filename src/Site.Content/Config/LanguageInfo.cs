namespace Site.Content.Config;

/// <summary>A language of the site: folder/URL code, display name, locale for dates and `lang` attributes.</summary>
/// <param name="UrlPrefix">`` for the default language, `/zh` for others (no trailing slash).</param>
public sealed record LanguageInfo(string Code, string Name, string Locale, bool IsDefault, string UrlPrefix)
{
    /// <summary>Root URL of this language: `/` or `/zh/`.</summary>
    public string HomeUrl => UrlPrefix + "/";

    /// <summary>Prefixes a site path (`/projects/`) with this language's prefix.</summary>
    public string Localise(string sitePath) => UrlPrefix + sitePath;
}
