using System.Text.RegularExpressions;
using Site.Content.Loading;

namespace Site.Content.Markdown;

/// <summary>
/// A post's authors written in its body, on a line of their own near the top or at the end: `**Author: [Name](…)**`
/// (Knative's 47 MkDocs posts), `#### _Author: Name_` (Cilium), `By Jane Doe, John Roe`, `作者：张三`. Sites without
/// an author field in their front matter name authors so; here the theme shows them from `authors:`, and a post
/// without it has no byline in lists and feeds.
/// </summary>
internal static partial class BodyByline
{
    /// <summary>How many non-blank lines from the top (after a `# Title` line) and from the end are looked at.</summary>
    private const int Reach = 4;

    /// <summary>The byline's 0-based line in the body and the names it gives, or null.</summary>
    public static (int Line, IReadOnlyList<string> Names)? Find(string body)
    {
        var lines = body.Split('\n');
        var nonBlank = Enumerable.Range(0, lines.Length).Where(i => !string.IsNullOrWhiteSpace(lines[i])).ToList();
        if (nonBlank.Count > 0 && lines[nonBlank[0]].TrimStart().StartsWith("# ", StringComparison.Ordinal))
        {
            nonBlank.RemoveAt(0);
        }

        var candidates = nonBlank.Take(Reach).Concat(nonBlank.Skip(Math.Max(Reach, nonBlank.Count - Reach)));
        foreach (var i in candidates)
        {
            var match = Byline().Match(lines[i].TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            var text = Emphasis().Replace(match.Groups["names"].Value, string.Empty).Trim().TrimEnd('.');
            var names = WithAffiliations(AuthorNames.FromText(text));
            if (names.Count > 0 && names.All(IsName))
            {
                return (i, names);
            }
        }

        return null;
    }

    /// <summary>
    /// `Charity Mbisi, Isovalent`, `Ali Ok, Principal Software Engineer @ Red Hat`: what follows a full name and is no
    /// name (a single word, a job title, a company) is its affiliation, written here as the theme shows one,
    /// `Charity Mbisi (Isovalent)`, not as a second author. `Arman P @CanopusAI.com` is a name with its company.
    /// </summary>
    private static List<string> WithAffiliations(IReadOnlyList<string> parts)
    {
        var names = new List<string>();
        foreach (var raw in parts)
        {
            var part = raw.Trim();
            var at = part.IndexOf('@');
            if (at > 0 && !IsAffiliation(part[..at]) && part[..at].Trim().Contains(' '))
            {
                part = $"{part[..at].Trim()} ({part[(at + 1)..].Trim()})";
            }
            else if (names.Count > 0 && names[^1].Contains(' ') && (!part.Contains(' ') || at >= 0 || IsAffiliation(part)))
            {
                names[^1] = names[^1].EndsWith(')') ? $"{names[^1][..^1]}, {part})" : $"{names[^1]} ({part})";
                continue;
            }

            names.Add(part);
        }

        return names;
    }

    /// <summary>A job title or a company: a word that names a role or an organisation, or `X at Y`.</summary>
    private static bool IsAffiliation(string part) =>
        part.Contains(" at ", StringComparison.Ordinal) || part.Contains("Red Hat", StringComparison.Ordinal)
        || part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(AffiliationWords.Contains);

    private static readonly HashSet<string> AffiliationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Engineer", "Engineering", "Architect", "Manager", "Developer", "Advocate", "Maintainer", "Lead", "Director", "CTO", "CEO",
        "Founder", "Co-founder", "Head", "Senior", "Staff", "Principal", "Product", "Intern", "Researcher", "Scientist",
        "Evangelist", "VP", "President", "Research", "Inc", "Inc.", "Labs", "Systems", "Technologies", "Corporation", "Corp",
        "Ltd", "GmbH", "University", "Foundation", "Cloud", "Team",
    };

    /// <summary>A person's or team's name: short, and not a sentence (`By default, the controller …` is none).</summary>
    private static bool IsName(string name)
    {
        var bare = name.Split('(')[0].Trim(); // an affiliation in parentheses may be long
        return bare.Length is > 1 and <= 60 && bare.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
            && (!char.IsLetter(bare[0]) || !char.IsLower(bare[0]) || !bare.Contains(' '));
    }

    /// <summary>A heading mark and emphasis may wrap it; a label with a colon, or `By` before a capitalised name or a link.</summary>
    [GeneratedRegex(@"^[ \t]*(?:#{1,6}[ \t]+)?[*_]{0,3}[ \t]*(?:(?:(?i:authors?|written[ \t]+by|posted[ \t]+by)|作者)[ \t]*[*_]{0,3}[ \t]*[:：]|(?i:(?:written|posted)[ \t]+)?By[ \t]+(?=[\p{Lu}\[@]))[ \t]*[*_]{0,3}[ \t]*(?<names>[^\n]+?)[ \t]*[*_]{0,3}[ \t]*$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"(?<![\w])[*_]{1,3}|[*_]{1,3}(?![\w])")]
    private static partial Regex Emphasis();
}
