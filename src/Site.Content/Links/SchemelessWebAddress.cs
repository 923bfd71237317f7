namespace Site.Content.Links;

/// <summary>
/// Recognises a web address written without its scheme: <c>[ii-Team](ii.nz)</c>,
/// <c>[repo](github.com/cncf/toc)</c>, <c>(www.cncf.io)</c>. Browsers, GitHub and Hugo read such a target
/// as a path below the page, so the link breaks; the check says how to write it. A guess, so the
/// message is worded for both readings: a name that ends like a file (<c>diagram.svg</c>,
/// <c>README.md</c>) is taken for a file unless a path follows it.
/// </summary>
internal static class SchemelessWebAddress
{
    // Extensions of files people link to, some of which are also country domains (.md, .sh, .py, .rs, .ai).
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "bmp", "tif", "tiff",
        "pdf", "md", "markdown", "txt", "html", "htm", "xml", "json", "yaml", "yml", "toml", "csv", "tsv",
        "zip", "gz", "tgz", "tar", "xz", "bz2", "mp4", "webm", "mov", "mp3", "ogg", "wav",
        "ppt", "pptx", "doc", "docx", "xls", "xlsx", "odt", "odp", "key", "drawio",
        "sh", "py", "go", "rs", "ts", "js", "mjs", "css", "java", "rb", "cs", "ai", "ps", "pl", "tf", "mod", "sum", "proto",
    };

    /// <summary>The address as it should be written (<c>https://ii.nz</c>), or null when <paramref name="url"/> does not start with a host name.</summary>
    public static string? Suggest(string url)
    {
        var written = url.Trim();
        if (written.Length == 0 || written[0] is '/' or '.' or '#' or '?')
        {
            return null;
        }

        var end = written.IndexOfAny(['/', '?', '#']);
        // A sentence's full stop may have slipped into the target (`apisnoop.cncf.io.`): not part of the address.
        var host = (end < 0 ? written : written[..end]).TrimEnd('.');
        var rest = end < 0 ? string.Empty : written[end..];
        var labels = host.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length == 0 || l.StartsWith('-') || l.EndsWith('-') || !l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            return null;
        }

        var top = labels[^1];
        if (top.Length is < 2 or > 24 || !top.All(char.IsAsciiLetter))
        {
            return null;
        }

        var pathFollows = end >= 0 && written[end] == '/';
        var isWww = labels[0].Equals("www", StringComparison.OrdinalIgnoreCase);
        return pathFollows || isWww || !FileExtensions.Contains(top) ? "https://" + host + rest : null;
    }
}
