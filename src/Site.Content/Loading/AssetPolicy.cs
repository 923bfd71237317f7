namespace Site.Content.Loading;

/// <summary>
/// Which files of `input/assets/` may be published. Assets are served from the site's own origin,
/// so a file the browser would run as a document or script there (HTML, JavaScript, WebAssembly)
/// would bypass the CSP's `script-src 'self'`; those belong in the theme, which is reviewed as code.
/// SVG stays allowed: images never run script, and the CSP blocks inline script when one is opened directly.
/// </summary>
public static class AssetPolicy
{
    /// <summary>
    /// Where the build publishes content-hashed copies of theme assets (served as immutable). Content
    /// may not put files there, and links from content use the plain theme URLs, which stay published.
    /// </summary>
    public const string FingerprintedFolder = "/assets/f/";

    /// <summary>
    /// Folder of `input/assets/` holding project logos (`logos/&lt;project slug&gt;.svg`): the build cleans
    /// and bounds them and publishes them under <see cref="FingerprintedFolder"/>, never as they are.
    /// </summary>
    public const string LogosFolder = "logos/";

    /// <summary>Whether an input asset (path below `input/assets/`) is a project logo.</summary>
    public static bool IsLogo(string relativePath) =>
        relativePath.StartsWith(LogosFolder, StringComparison.Ordinal) && relativePath.IndexOf('/', LogosFolder.Length) < 0;

    private static readonly HashSet<string> ActiveExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".xhtml", ".js", ".mjs", ".wasm",
    };

    /// <summary>Null when the asset may be published; otherwise why not.</summary>
    /// <param name="url">The asset's URL (`/assets/js/x.js`).</param>
    /// <param name="themeAssetUrls">URLs the theme publishes under `/assets/`.</param>
    public static string? Problem(string url, IReadOnlySet<string> themeAssetUrls)
    {
        if (url.StartsWith(FingerprintedFolder, StringComparison.Ordinal))
        {
            return $"{FingerprintedFolder} holds the theme's content-hashed files, cached by browsers for a year; put the file in another folder of input/assets/";
        }

        if (themeAssetUrls.Contains(url))
        {
            return $"would replace the theme's file at {url}; content may not override theme assets: rename the file (and its links)";
        }

        return ActiveProblem(url, "from input/assets/");
    }

    /// <summary>Null when a file beside a page bundle's `index.md` may be published with the page; otherwise why not.</summary>
    public static string? BundleProblem(string path) => ActiveProblem(path, "beside a page");

    private static string? ActiveProblem(string path, string where)
    {
        var extension = Path.GetExtension(path);
        return ActiveExtensions.Contains(extension)
            ? $"`{extension}` files would run script on the site's origin and are not published {where}; script belongs in the theme (images, PDFs and other documents are fine)"
            : null;
    }

    /// <summary>`/assets/...` URLs of every file below a theme's assets folder, dot names skipped as the build does.</summary>
    public static HashSet<string> ThemeAssetUrls(string? folder)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        if (folder is null || !Directory.Exists(folder))
        {
            return urls;
        }

        var root = Path.GetFullPath(folder);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var file in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!relative.Split('/').Any(part => part.StartsWith('.')))
            {
                urls.Add("/assets/" + relative);
            }
        }

        return urls;
    }
}
