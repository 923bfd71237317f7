namespace Site.Content.Loading;

/// <summary>The form an `aliases:` entry must have: a site path of the default language, ending in `/`.</summary>
public static class AliasPath
{
    /// <summary>Why <paramref name="path"/> cannot be an alias (completing "alias `x` …"), or null when it can.</summary>
    public static string? Problem(string path)
    {
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
        {
            return "must be a path on this site starting with `/`, e.g. `/categories/monitoring/`";
        }

        if (path == "/")
        {
            return "cannot redirect the home page";
        }

        if (!path.EndsWith('/'))
        {
            return $"must end with `/` (pages are folders): write `{path}/`";
        }

        if (path.IndexOfAny(['?', '#', '\\', '"', '\'', '<', '>', ' ', '\t', '%']) >= 0 || path.Any(char.IsControl))
        {
            return "must be a plain path: no query, fragment, spaces, quotes or escapes";
        }

        var segments = path.Trim('/').Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".."))
        {
            return "must not have empty, `.` or `..` segments";
        }

        if (segments[0] == "assets")
        {
            return "cannot be under /assets/, which holds files";
        }

        return null;
    }
}
