namespace Site.Content.Loading;

/// <summary>The form an `aliases:` entry must have: a site path of the default language, ending in `/`.</summary>
public static class AliasPath
{
    /// <summary>Why <paramref name="path"/> cannot be an alias (completing "alias `x` …"), or null when it can.</summary>
    public static string? Problem(string path)
    {
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
        {
            return "must be a path of this site starting with `/`, such as `/categories/monitoring/`";
        }

        if (path.IndexOfAny(['?', '#', '\\', '"', '\'', '<', '>', '%', '\0']) >= 0 || path.Any(char.IsControl) || path.Any(char.IsWhiteSpace))
        {
            return "must be a plain path: no query (`?`), fragment (`#`), spaces, quotes or escapes";
        }

        var segments = path.Trim('/').Split('/');
        if (segments.Any(s => s is "." or ".."))
        {
            return "must not contain `.` or `..` segments (an alias cannot leave the site)";
        }

        if (path == "/")
        {
            return "cannot redirect the home page";
        }

        if (!path.EndsWith('/'))
        {
            return $"must end with `/` (pages are folders): write `{path}/`";
        }

        if (segments.Any(s => s.Length == 0))
        {
            return "must not have empty segments (`//`)";
        }

        if (segments[0] == "assets")
        {
            return "cannot be under /assets/, which holds files";
        }

        return null;
    }
}
