using Markdig.Helpers;

namespace Site.Content.Text;

/// <summary>
/// Heading anchors as GitHub makes them, the form of every `#fragment` in markdown written for a GitHub
/// README or a Hugo site (Hugo's default ids follow GitHub's): lower case, letters, digits, `_` and `-`
/// kept, each space a `-` (`a - b` gives `a---b`), everything else dropped (`types.go` gives `typesgo`);
/// Markdig's <see cref="LinkHelper.UrilizeAsGfm"/>. A repeated anchor gets `-1`, `-2`, … in document order,
/// as on GitHub. One instance per page.
/// </summary>
public sealed class GitHubSlugger
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    /// <summary>The anchor GitHub gives the next heading of this text on the page.</summary>
    public string Next(string headingText)
    {
        var slug = LinkHelper.UrilizeAsGfm(headingText);
        var result = slug;
        while (_occurrences.ContainsKey(result))
        {
            _occurrences[slug]++;
            result = $"{slug}-{_occurrences[slug]}";
        }

        _occurrences[result] = 0;
        return result;
    }
}
