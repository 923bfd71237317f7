using Site.Content.Diagnostics;
using Site.Content.Model;

namespace Site.Content.Config;

/// <summary>Settings from `input/site.yml`. The first language is the default one, served at `/`.</summary>
public sealed class SiteConfig
{
    private readonly Dictionary<string, LanguageInfo> _byCode;
    private readonly IReadOnlyDictionary<string, FactLocation> _languageLocations;

    /// <param name="languageLocations">Where each language's `code` is written in site.yml, so that later checks (its UI strings) can point there.</param>
    public SiteConfig(
        IReadOnlyDictionary<string, string> titles,
        string baseUrl,
        IReadOnlyList<LanguageInfo> languages,
        string theme,
        string path,
        IReadOnlyDictionary<string, FactLocation>? languageLocations = null)
    {
        if (languages.Count == 0)
        {
            throw new ArgumentException("a site needs at least one language", nameof(languages));
        }

        Titles = titles;
        BaseUrl = baseUrl;
        Languages = languages;
        Theme = theme;
        Path = path;
        _byCode = languages.ToDictionary(l => l.Code, StringComparer.Ordinal);
        _languageLocations = languageLocations ?? new Dictionary<string, FactLocation>(StringComparer.Ordinal);
    }

    /// <summary>Site title per language code.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; }

    /// <summary>Absolute base URL, always ending in `/`.</summary>
    public string BaseUrl { get; }

    public IReadOnlyList<LanguageInfo> Languages { get; }

    public LanguageInfo DefaultLanguage => Languages[0];

    public string Theme { get; }

    /// <summary>Display path of site.yml.</summary>
    public string Path { get; }

    /// <summary>
    /// Where the site's source lives, for "edit this page" links (`repository`, `branch`, `editPath`
    /// in site.yml), or null when site.yml names no repository.
    /// </summary>
    public SourceRepository? Repository { get; init; }

    public LanguageInfo? Language(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// An error about a language, at its `code` in site.yml (`site.yml:4:13`), or at the file
    /// itself when the configuration was not read from a file.
    /// </summary>
    public Diagnostic LanguageError(string code, string message) =>
        _languageLocations.TryGetValue(code, out var at) ? at.Error(message) : Diagnostic.Error(Path, 0, 0, message);

    public string Title(string languageCode) =>
        Titles.TryGetValue(languageCode, out var t) ? t : Titles.GetValueOrDefault(DefaultLanguage.Code, string.Empty);

    /// <summary>Absolute URL of a site-relative one (`/zh/projects/x/` → `https://host/zh/projects/x/`).</summary>
    public string AbsoluteUrl(string siteUrl) => BaseUrl + siteUrl.TrimStart('/');
}

/// <summary>The repository holding the input folder: <c>https://github.com/owner/name</c>, a branch, and the input folder's path in it.</summary>
public sealed record SourceRepository(string Url, string Branch, string EditPath)
{
    /// <summary>Web URL to edit a file of the input folder (<c>en/blog/x.md</c>): <c>{repository}/edit/{branch}/{editPath}/en/blog/x.md</c>.</summary>
    public string EditUrl(string inputRelativePath) => $"{Url}/edit/{Escape(Branch)}/{PathOf(inputRelativePath)}";

    /// <summary>
    /// Web URL that opens a new-file form for a file of the input folder that does not exist yet, with
    /// the folder and file name filled in: <c>{repository}/new/{branch}/{editPath}/zh/blog?filename=x.md</c>.
    /// </summary>
    public string NewFileUrl(string inputRelativePath, string? initialText = null)
    {
        var slash = inputRelativePath.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : inputRelativePath[..slash];
        var name = inputRelativePath[(slash + 1)..];
        var url = $"{Url}/new/{Escape(Branch)}/{PathOf(folder)}?filename={Uri.EscapeDataString(name)}";
        return initialText is null ? url : url + "&value=" + Uri.EscapeDataString(initialText);
    }

    private string PathOf(string inputRelativePath)
    {
        var path = EditPath.Length == 0 ? inputRelativePath : inputRelativePath.Length == 0 ? EditPath : EditPath + "/" + inputRelativePath;
        return string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Escape));
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
