using Site.Content.Model;

namespace Site.Content.Loading;

/// <summary>
/// The front matter keys of each page type (CONTENT-MODEL.md), split into words (which a
/// translation gives) and facts (which a translation inherits from its source).
/// </summary>
public sealed class PageSchema
{
    private PageSchema(PageKind kind, string folder, string[] required, string[] words, string[] facts)
    {
        Kind = kind;
        Folder = folder;
        Required = required;
        Words = words;
        Facts = [.. facts, "draft"];
        Allowed = [.. words, .. Facts];
    }

    public PageKind Kind { get; }

    /// <summary>Folder below the language folder (empty for the home page).</summary>
    public string Folder { get; }

    public IReadOnlyList<string> Required { get; }

    /// <summary>Keys a translation may give: the words.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Keys only the source states; a translation inherits them (`aliases` on every page type). `draft` is one on every page type too (a translation has its own, see <see cref="TranslationKeys"/>).</summary>
    public IReadOnlyList<string> Facts { get; }

    public IReadOnlyList<string> Allowed { get; }

    /// <summary>Keys a translation file accepts: its words, `sourceHash`, `draft` to hold back an unfinished translation, and `translators`, who made it.</summary>
    public IReadOnlyList<string> TranslationKeys => [.. Words, "sourceHash", "draft", "translators"];

    public static readonly PageSchema Home = new(PageKind.Home, string.Empty, [], ["title", "summary"], ["aliases"]);

    /// <summary>A post: `authors` is a word, since a translation may write a name as its readers know it.</summary>
    public static readonly PageSchema Post = new(PageKind.Post, "blog", ["title", "date"],
        ["title", "summary", "tags", "authors"], ["date", "projects", "glossary", "originalUrl", "aliases"]);

    public static readonly PageSchema Project = new(PageKind.Project, "projects", ["title", "maturity", "category"],
        ["title", "summary"], ["maturity", "category", "sig", "accepted", "incubating", "graduated", "archived", "homepage", "repo", "glossary", "aliases",
            "alsoIn", "audits", "annualReview", "links", "landscape", "landscapeStatus"]);

    public static readonly PageSchema Sig = new(PageKind.Sig, "sigs", ["title", "kind"],
        ["title", "summary"], ["kind", "chairs", "tocLiaisons", "meetings", "channels", "glossary", "aliases"]);

    public static readonly PageSchema Category = new(PageKind.Category, "categories", ["title"], ["title", "summary"], ["order", "aliases", "parent", "landscape", "landscapeStatus"]);

    public static readonly PageSchema Free = new(PageKind.Free, "pages", ["title"], ["title", "summary"], ["aliases"]);

    /// <summary>A glossary term: `sortAs` is a word (each language sorts its own title), the rest are facts.</summary>
    public static readonly PageSchema Term = new(PageKind.Term, "glossary", ["title", "category"],
        ["title", "summary", "tags", "sortAs"], ["category", "status", "related", "replacedBy", "aliases"]);

    public static readonly IReadOnlyList<PageSchema> All = [Home, Post, Project, Sig, Category, Free, Term];

    public static PageSchema For(PageKind kind) => kind switch
    {
        PageKind.Home => Home,
        PageKind.Post => Post,
        PageKind.Project => Project,
        PageKind.Sig => Sig,
        PageKind.Category => Category,
        PageKind.Term => Term,
        _ => Free,
    };

    /// <summary>Human name of the page type, for messages.</summary>
    public string Noun => Kind switch
    {
        PageKind.Home => "the home page",
        PageKind.Post => "blog posts",
        PageKind.Project => "project pages",
        PageKind.Sig => "SIG/TAG pages",
        PageKind.Category => "category pages",
        PageKind.Term => "glossary terms",
        _ => "free pages",
    };
}
