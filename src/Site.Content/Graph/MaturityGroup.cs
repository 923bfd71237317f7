using Site.Content.Model;

namespace Site.Content.Graph;

/// <summary>Projects of one maturity level (sorted by title), as category pages list them.</summary>
public sealed record MaturityGroup(Maturity Maturity, IReadOnlyList<ProjectPage> Projects)
{
    public string Slug => Maturity.ToSlug();
}
