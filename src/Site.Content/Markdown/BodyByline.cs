using System.Text.RegularExpressions;
using Site.Content.Loading;
using Site.Content.Text;

namespace Site.Content.Markdown;

/// <summary>
/// A post's authors written in its body, on a line of their own near the top or at the end: `**Author: [Name](…)**`
/// (Knative's 47 MkDocs posts), `#### _Author: Name_` (Cilium), `By Jane Doe, John Roe`, `作者：张三`. Sites without
/// an author field in their front matter name authors so; here the theme shows them from `authors:`, and a post
/// without it has no byline in lists and feeds.
/// </summary>
internal static partial class BodyByline
{
    /// <summary>
    /// A byline: its 0-based first body line, how many lines it spans, the names it gives, and the thematic breaks
    /// (`---`, `***`) that only set it apart at the top or the end of the post (0-based body lines, in order), with
    /// whether it is at the end. Those rules would be left as a stray line at that edge once the byline is deleted.
    /// </summary>
    public sealed record Found(int Line, int Lines, IReadOnlyList<string> Names, IReadOnlyList<int> Rules, bool AtEnd);

    /// <summary>
    /// The byline's 0-based first line in the body, how many lines it spans (a bold byline may wrap: `**Authors: A,
    /// Senior` then `Principal Engineer @ Org**`), and the names it gives, or null.
    /// </summary>
    public static Found? Find(CompactText body) => Find(BodyEdges.Of(body));

    /// <summary>The same, of a body as text.</summary>
    public static Found? Find(string body) => Find(BodyEdges.Of(body));

    /// <summary>The same, of a body's ends read already (<see cref="BodyEdges.Of(CompactText)"/>).</summary>
    public static Found? Find(BodyEdges edges)
    {
        foreach (var (lines, i, offset) in edges.Candidates())
        {
            // A bold byline whose `**` closes on a later line of its paragraph is read to there.
            var text = lines[i].TrimEnd('\r');
            var span = 1;
            while (Bold().Count(text) % 2 == 1 && span < 3 && i + span < lines.Length && !string.IsNullOrWhiteSpace(lines[i + span]))
            {
                text += " " + lines[i + span].Trim();
                span++;
            }

            var match = Byline().Match(text);
            if (!match.Success)
            {
                continue;
            }

            var names = NamesOnly(AuthorNames.FromText(Emphasis().Replace(match.Groups["names"].Value, string.Empty).Trim().TrimEnd('.')));
            if (names.Count > 0 && names.All(IsName))
            {
                var (rules, atEnd) = RulesAtEdge(lines, i, span, edges.Head);
                return new Found(offset + i, span, names, [.. rules.Select(r => offset + r)], atEnd);
            }
        }

        return null;
    }

    /// <summary>
    /// The rules beside a byline that is the last thing of the body (or the first, under a `# ` title), over blank lines
    /// and other rules: KubeEdge's `**Author**: Ronak Raj` then `---` at the end of the post left the `---` behind. None
    /// when text lies on both sides. A long body's <paramref name="lines"/> are its head or its tail, which reach that edge.
    /// </summary>
    private static (List<int> Rules, bool AtEnd) RulesAtEdge(string[] lines, int at, int span, string[] head)
    {
        bool IsEdge(int j) => string.IsNullOrWhiteSpace(lines[j]) || Rule().IsMatch(lines[j]);
        var afterEnd = lines.Length;
        var atEnd = Enumerable.Range(at + span, afterEnd - at - span).All(IsEdge);
        var firstText = Array.FindIndex(head, l => !string.IsNullOrWhiteSpace(l));
        var top = firstText >= 0 && head[firstText].TrimStart().StartsWith("# ", StringComparison.Ordinal) ? firstText + 1 : 0;
        var atStart = !atEnd && ReferenceEquals(lines, head) && Enumerable.Range(top, Math.Max(0, at - top)).All(IsEdge);
        if (!atEnd && !atStart)
        {
            return ([], false);
        }

        var rules = new List<int>();
        for (var j = at - 1; j >= (atStart ? top : 0) && IsEdge(j); j--)
        {
            // `---` right under a line of text underlines it as a heading: that line and what is above it stay.
            if (Rule().IsMatch(lines[j]) && (j == 0 || !lines[j].TrimStart().StartsWith('-') || string.IsNullOrWhiteSpace(lines[j - 1]) || Rule().IsMatch(lines[j - 1])))
            {
                rules.Insert(0, j);
            }
        }

        for (var j = at + span; j < lines.Length && IsEdge(j); j++)
        {
            if (Rule().IsMatch(lines[j]))
            {
                rules.Add(j);
            }
        }

        return (rules, atEnd);
    }

    /// <summary>
    /// `Charity Mbisi, Isovalent`, `Ali Ok, Principal Software Engineer @ Red Hat`, `Arman P @CanopusAI.com`: what follows
    /// a full name and is no name (a single word, a job title, a company) is its affiliation, which is left out: `authors`
    /// holds names, and one person is one name on every post, whatever the byline added that day (Knative names one
    /// author with three titles).
    /// </summary>
    private static List<string> NamesOnly(IReadOnlyList<string> parts)
    {
        var names = new List<string>();
        foreach (var raw in parts)
        {
            var part = raw.Trim();
            var at = part.IndexOf('@');
            if (at > 0 && !IsAffiliation(part[..at]) && part[..at].Trim().Contains(' '))
            {
                part = part[..at].Trim();
            }
            else if (names.Count > 0 && names[^1].Contains(' ') && (!part.Contains(' ') || at >= 0 || IsAffiliation(part)))
            {
                continue;
            }

            // `Mauricio Salatino (Salaboy)`: a handle or company in parentheses goes too.
            var paren = part.IndexOf(" (", StringComparison.Ordinal);
            names.Add(paren > 0 ? part[..paren].Trim() : part);
        }

        return names;
    }

    /// <summary>A job title or a company: a word that names a role or an organisation, or `X at Y`.</summary>
    internal static bool IsAffiliation(string part) =>
        part.Contains(" at ", StringComparison.Ordinal) || part.Contains("Red Hat", StringComparison.Ordinal)
        || part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(AffiliationWords.Contains);

    private static readonly HashSet<string> AffiliationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Engineer", "Engineering", "Architect", "Manager", "Developer", "Advocate", "Maintainer", "Lead", "Director", "CTO", "CEO",
        "Founder", "Co-founder", "Head", "Senior", "Staff", "Principal", "Product", "Intern", "Researcher", "Scientist",
        "Evangelist", "VP", "President", "Research", "Inc", "Inc.", "Labs", "Systems", "Technologies", "Corporation", "Corp",
        "Ltd", "GmbH", "University", "Foundation", "Cloud", "Team", "Services", "Software", "Group", "Networks", "Company", "LLC",
    };

    /// <summary>A person's or team's name: short, and not a sentence (`By default, the controller …` is none).</summary>
    private static bool IsName(string name)
    {
        var bare = name.Split('(')[0].Trim(); // an affiliation in parentheses may be long
        return bare.Length is > 1 and <= 60 && bare.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
            && (!char.IsLetter(bare[0]) || !char.IsLower(bare[0]) || !bare.Contains(' '));
    }

    /// <summary>
    /// Whether a byline could start on this line: it begins as one (<see cref="BylineStart"/>), or it opens bold that a
    /// later line closes (read joined). Checked on the body's ends before any line is made a string (<see cref="BodyEdges.Of(CompactText, BodyEdges.LineTest)"/>).
    /// </summary>
    public static bool MayBeginOn(ReadOnlySpan<char> line) => BylineStart().IsMatch(line) || Bold().Count(line) % 2 == 1;

    /// <summary>A heading mark and emphasis may wrap it; a label with a colon, or `By` before a capitalised name or a link.</summary>
    private const string BylineStartPattern =
        @"^[ \t]*(?:#{1,6}[ \t]+)?[*_]{0,3}[ \t]*(?:(?:(?i:authors?|written[ \t]+by|posted[ \t]+by)|作者)[ \t]*[*_]{0,3}[ \t]*[:：]|(?i:(?:written|posted)[ \t]+)?By[ \t]+(?=[\p{Lu}\[@]))";

    [GeneratedRegex(BylineStartPattern)]
    private static partial Regex BylineStart();

    /// <summary>The label or `By`, then the names, to the end of the line.</summary>
    [GeneratedRegex(BylineStartPattern + @"[ \t]*[*_]{0,3}[ \t]*(?<names>[^\n]+?)[ \t]*[*_]{0,3}[ \t]*$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"\*\*")]
    private static partial Regex Bold();

    /// <summary>A thematic break: three or more of one of `-`, `*`, `_`, spaces between them allowed.</summary>
    [GeneratedRegex(@"^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}\r?$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"(?<![\w])[*_]{1,3}|[*_]{1,3}(?![\w])")]
    private static partial Regex Emphasis();
}
