namespace Site.Content.Model;

/// <summary>What a `sigs/` page charters: a SIG, a TAG or a working group.</summary>
public enum GroupKind
{
    Sig,
    Tag,
    Wg,
}

public static class GroupKindNames
{
    public static readonly IReadOnlyList<string> All = ["sig", "tag", "wg"];

    public static string ToSlug(this GroupKind k) => k switch
    {
        GroupKind.Sig => "sig",
        GroupKind.Tag => "tag",
        _ => "wg",
    };

    public static GroupKind Parse(string slug) => slug switch
    {
        "sig" => GroupKind.Sig,
        "tag" => GroupKind.Tag,
        "wg" => GroupKind.Wg,
        _ => throw new ArgumentOutOfRangeException(nameof(slug), slug, "unknown kind"),
    };
}
