namespace Site.Content.Loading;

/// <summary>The form an `aliases:` entry must have: a site path of the default language, ending in `/`.</summary>
public static class AliasPath
{
    /// <summary>
    /// Why <paramref name="path"/> cannot be an alias (completing "alias `x` …"), or null when it can. Every fault of the
    /// value is named at once, and when each has a sure fix the finished path follows: `write /blog/x/` (a value fixed
    /// one fault a round showed the next only after the fix).
    /// </summary>
    /// <param name="section">The first folder of the page's id (`blog` for `blog/2023/x.md`), which a relative alias is read
    /// against, as Hugo does, and whose paths the example names; empty for a page at the language root.</param>
    public static string? Problem(string path, string section = "")
    {
        var example = section.Length > 0 ? $"/{section}/old-name/" : "/old-name/";
        if (path.StartsWith("//", StringComparison.Ordinal) || path.Contains("://", StringComparison.Ordinal) || path.Length == 0)
        {
            return $"must be a path of this site starting with `/`, such as `{example}`";
        }

        var faults = new List<string>();
        var sure = true;
        var fixedPath = path;
        if (!path.StartsWith('/'))
        {
            // Hugo reads `aliases: [falco-w-46-2023]` on a blog post as /blog/falco-w-46-2023/ (beside the page, in its
            // section); given a leading `/` only, it became a root-level redirect from an address nobody used.
            var first = path.Split('/')[0];
            if (section.Length == 0 || first == section)
            {
                faults.Add("must be a path of this site starting with `/`");
                fixedPath = "/" + path;
            }
            else
            {
                faults.Add($"must be a path of this site starting with `/`; as written it is relative, which Hugo reads against the page's section, `/{section}/`");
                fixedPath = $"/{section}/{path}";
            }
        }

        if (fixedPath.IndexOfAny(['?', '#', '\\', '"', '\'', '<', '>', '%', '\0']) >= 0 || fixedPath.Any(char.IsControl) || fixedPath.Any(char.IsWhiteSpace))
        {
            faults.Add("must be a plain path: no query (`?`), fragment (`#`), spaces, quotes or escapes");
            sure = false;
        }

        var segments = fixedPath.Trim('/').Split('/');
        if (segments.Any(s => s is "." or ".."))
        {
            faults.Add("must not contain `.` or `..` segments (an alias cannot leave the site)");
            sure = false;
        }

        if (fixedPath == "/")
        {
            return "cannot redirect the home page";
        }

        if (!fixedPath.EndsWith('/'))
        {
            faults.Add("must end with `/` (pages are folders)");
            fixedPath += "/";
        }

        if (segments.Any(s => s.Length == 0))
        {
            faults.Add("must not have empty segments (`//`)");
            sure = false;
        }

        if (segments[0] == "assets")
        {
            faults.Add("cannot be under /assets/, which holds files");
            sure = false;
        }

        if (faults.Count == 0)
        {
            return null;
        }

        var said = faults.Count == 1 ? faults[0] : string.Join(", ", faults[..^1]) + ", and " + faults[^1];
        return sure ? $"{said}: write `{fixedPath}`" : said;
    }
}
