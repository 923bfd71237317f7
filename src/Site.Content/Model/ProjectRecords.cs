namespace Site.Content.Model;

/// <summary>A third-party audit of a project (landscape `extra.audits`): security or fuzzing, by a vendor, with its report.</summary>
public sealed record Audit(DateOnly Date, string Type, string? Vendor, string Url);

/// <summary>The last annual review of a project by the CNCF TOC (landscape `extra.annual_review_date`/`_url`).</summary>
public sealed record AnnualReview(DateOnly Date, string? Url);

/// <summary>A community link of a project (`links:` in front matter): a known name and a URL.</summary>
public sealed record CommunityLink(string Name, string Url);

/// <summary>
/// The names a project's `links:` map accepts, in the order project pages show them. The theme
/// labels each from the UI strings (`links.&lt;name&gt;`), so the names are fixed.
/// </summary>
public static class CommunityLinkNames
{
    public static readonly IReadOnlyList<string> All =
    [
        "documentation", "blog", "slack", "discord", "gitter", "githubDiscussions", "mailingList", "stackOverflow",
        "youtube", "linkedin", "twitter", "bluesky", "docker", "packageManager", "devstats", "clomonitor", "bestPractices", "artwork",
    ];
}

/// <summary>Whether a page built from the landscape is still listed there (`landscapeStatus:`).</summary>
public static class LandscapeStatusNames
{
    /// <summary>The project or category left landscape.yml: the page stays, marked, until someone decides.</summary>
    public const string Removed = "removed";

    public static readonly IReadOnlyList<string> All = [Removed];
}
