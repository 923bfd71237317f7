namespace Site.Content.Model;

/// <summary>CNCF maturity levels, in the order category pages group them.</summary>
public enum Maturity
{
    Graduated,
    Incubating,
    Sandbox,
    Archived,
}

public static class MaturityNames
{
    public static readonly IReadOnlyList<string> All = ["sandbox", "incubating", "graduated", "archived"];

    /// <summary>Display/grouping order: graduated, incubating, sandbox, archived.</summary>
    public static readonly IReadOnlyList<Maturity> GroupOrder = [Maturity.Graduated, Maturity.Incubating, Maturity.Sandbox, Maturity.Archived];

    public static string ToSlug(this Maturity m) => m switch
    {
        Maturity.Graduated => "graduated",
        Maturity.Incubating => "incubating",
        Maturity.Sandbox => "sandbox",
        _ => "archived",
    };

    public static Maturity Parse(string slug) => slug switch
    {
        "graduated" => Maturity.Graduated,
        "incubating" => Maturity.Incubating,
        "sandbox" => Maturity.Sandbox,
        "archived" => Maturity.Archived,
        _ => throw new ArgumentOutOfRangeException(nameof(slug), slug, "unknown maturity"),
    };
}
