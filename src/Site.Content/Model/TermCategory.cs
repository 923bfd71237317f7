namespace Site.Content.Model;

/// <summary>What kind of word a glossary term is (`category:`): a closed list, labelled per language by the theme's UI strings.</summary>
public enum TermCategory
{
    /// <summary>An idea or pattern (microservices, immutable infrastructure).</summary>
    Concept,

    /// <summary>A kind of software or system (container, service mesh).</summary>
    Technology,

    /// <summary>A quality a system can have (scalability, observability).</summary>
    Property,

    /// <summary>A way of working (DevOps, GitOps, chaos engineering).</summary>
    Practice,
}

/// <summary>Editorial state of a glossary term (`status:`); only `deprecated` and `feedback-wanted` show a notice.</summary>
public enum TermStatus
{
    Current,
    FeedbackWanted,
    Deprecated,
}

public static class TermNames
{
    public static readonly IReadOnlyList<string> Categories = ["concept", "technology", "property", "practice"];

    public static readonly IReadOnlyList<string> Statuses = ["current", "feedback-wanted", "deprecated"];

    /// <summary>The statuses of the CNCF glossary (github.com/cncf/glossary), whose terms translators copy: what each is here.</summary>
    public static readonly IReadOnlyDictionary<string, string> CncfGlossaryStatuses = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Completed"] = "the CNCF glossary's `Completed` is `current` here, the default: remove the key",
        ["Feedback Appreciated"] = "the CNCF glossary's `Feedback Appreciated` is `feedback-wanted` here: write `status: feedback-wanted`",
    };

    public static string ToSlug(this TermCategory category) => Categories[(int)category];

    public static string ToSlug(this TermStatus status) => Statuses[(int)status];

    public static TermCategory ParseCategory(string slug) => (TermCategory)IndexOf(Categories, slug);

    public static TermStatus ParseStatus(string slug) => (TermStatus)IndexOf(Statuses, slug);

    private static int IndexOf(IReadOnlyList<string> names, string slug)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == slug)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(slug), slug, "not a known name");
    }
}
