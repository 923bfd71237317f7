namespace Site.Content.Model;

/// <summary>The page types of the content model; the folder below the language decides it.</summary>
public enum PageKind
{
    Home,
    Post,
    Project,
    Category,
    Sig,
    Free,
    Term,
}
