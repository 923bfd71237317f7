using Site.Content.FrontMatter;
using Site.Content.Model;

namespace Site.Content.Landscape;

/// <summary>
/// What the importer takes from CNCF's landscape.yml: the category tree in file order and the
/// CNCF projects (items with `project:`), each with the place it is first listed and every other
/// place (`second_path`). Positions point into the file for diagnostics.
/// </summary>
public sealed record LandscapeDocument(string DisplayPath, IReadOnlyList<LandscapeCategory> Categories, IReadOnlyList<LandscapeProject> Projects)
{
    /// <summary>The subcategory at `Category / Subcategory`, or null.</summary>
    public LandscapeSubcategory? Subcategory(string category, string subcategory) =>
        Categories.FirstOrDefault(c => c.Name == category)?.Subcategories.FirstOrDefault(s => s.Name == subcategory);

    public int CountOf(Maturity maturity) => Projects.Count(p => p.Maturity == maturity);
}

/// <summary>A top-level landscape category (`Provisioning`, `Observability and Analysis`, …).</summary>
public sealed record LandscapeCategory(string Name, Position At, int Index, IReadOnlyList<LandscapeSubcategory> Subcategories)
{
    public string Path => Name;
}

/// <summary>A subcategory, identified by the pair (category, subcategory): names repeat across categories.</summary>
public sealed record LandscapeSubcategory(string Category, string Name, Position At, int CategoryIndex, int Index)
{
    /// <summary>`Category / Subcategory`, the form `second_path` uses.</summary>
    public string Path => $"{Category} / {Name}";
}

/// <summary>A CNCF project of the landscape with the facts the knowledge base keeps.</summary>
public sealed record LandscapeProject
{
    public required string Name { get; init; }

    public required Position At { get; init; }

    public required Maturity Maturity { get; init; }

    /// <summary>Where the item is (its first listing).</summary>
    public required LandscapeSubcategory Listing { get; init; }

    /// <summary>The other places it is listed (`second_path` entries that resolve), in file order.</summary>
    public IReadOnlyList<LandscapeSubcategory> AlsoIn { get; init; } = [];

    public required string Homepage { get; init; }

    public string? Repo { get; init; }

    /// <summary>Logo file name in the logos folder (`./` removed), or null.</summary>
    public string? Logo { get; init; }

    public Position LogoAt { get; init; }

    public string? Description { get; init; }

    public DateOnly? Accepted { get; init; }

    public DateOnly? Incubating { get; init; }

    public DateOnly? Graduated { get; init; }

    public DateOnly? Archived { get; init; }

    public AnnualReview? AnnualReview { get; init; }

    public IReadOnlyList<Audit> Audits { get; init; } = [];

    /// <summary>Community links by <see cref="CommunityLinkNames"/> name, in that order.</summary>
    public IReadOnlyList<CommunityLink> Links { get; init; } = [];

    /// <summary>Dates whose value was malformed (reported): the page keeps what it had for these keys.</summary>
    public IReadOnlySet<string> UnreadableKeys { get; init; } = new HashSet<string>();
}
