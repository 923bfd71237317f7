using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Site.Content.Model;

/// <summary>
/// One page of one language, immutable. Translations and fallbacks are built from the source page
/// with `with`, so facts are carried over by construction and only the words differ.
/// Equality is identity: pages are used as dictionary keys across the site and comparing bodies
/// field by field would be both slow and wrong (two pages are never "the same" by value).
/// </summary>
public abstract record Page
{
    [SetsRequiredMembers]
    protected Page(PageCommon common)
    {
        Language = common.Language;
        Id = common.Id;
        Slug = common.Slug;
        Url = common.Url;
        SourcePath = common.SourcePath;
        FullPath = common.FullPath;
        FactsPath = common.FactsPath;
        Title = common.Title;
        Summary = common.Summary;
        BodyCompact = common.Body;
        BodyStartLine = common.BodyStartLine;
        ContentLanguage = common.ContentLanguage;
        SourceHash = common.SourceHash;
    }

    public abstract PageKind Kind { get; }

    /// <summary>Language code from site.yml (`en`, `zh`).</summary>
    public required string Language { get; init; }

    /// <summary>Identity shared by all languages: path below the language folder, e.g. `projects/linkerd.md`.</summary>
    public required string Id { get; init; }

    /// <summary>File name without `.md` (`linkerd`); empty for the home page.</summary>
    public required string Slug { get; init; }

    /// <summary>Site-relative URL ending in `/`: `/projects/linkerd/`, `/zh/projects/linkerd/`, `/` for the home.</summary>
    public required string Url { get; init; }

    /// <summary>Display path (forward slashes) of the file the words come from; the source's file for a fallback.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Absolute path of that file.</summary>
    public required string FullPath { get; init; }

    /// <summary>Display path of the default-language file that states the facts.</summary>
    public required string FactsPath { get; init; }

    public required string Title { get; init; }

    /// <summary>Summary written in front matter, or null (themes then use the first paragraph).</summary>
    public string? Summary { get; init; }

    /// <summary>Markdown after the front matter; each read decodes it from <see cref="BodyCompact"/>.</summary>
    public string Body
    {
        get => BodyCompact.ToString();
        init => BodyCompact = Text.CompactText.Of(value);
    }

    /// <summary>The body as kept: the bodies of a whole site stay in memory for the whole build.</summary>
    public Text.CompactText BodyCompact { get; init; } = Text.CompactText.Empty;

    /// <summary>File line of the body's first line (markdown line N, 0-based, is file line BodyStartLine + N).</summary>
    public int BodyStartLine { get; init; } = 1;

    public TranslationState TranslationState { get; init; } = TranslationState.Source;

    /// <summary>Served in this language with another language's words ("not yet translated").</summary>
    public bool IsFallback => TranslationState == TranslationState.Fallback;

    /// <summary>Words come from a translation file.</summary>
    public bool IsTranslation => TranslationState is TranslationState.Translated or TranslationState.UpToDate or TranslationState.Outdated;

    /// <summary>Language of the words (the source language for a fallback).</summary>
    public required string ContentLanguage { get; init; }

    /// <summary>Current <see cref="Text.SourceHash"/> of the default-language page's words.</summary>
    public required string SourceHash { get; init; }

    /// <summary>`sourceHash:` stated by a translation, if any.</summary>
    public string? DeclaredSourceHash { get; init; }

    /// <summary>
    /// The `slug:` another generator's front matter gave the page (an error here, reported at the key): the origin
    /// site's dated links (`/2024/08/05/linkerd-edge-release-roundup/`) name the post by it, so they are still found.
    /// </summary>
    public string? DeclaredSlug { get; init; }

    /// <summary>
    /// The address another generator's `url:` gave the page (an error here, reported at the key), with its final `/`:
    /// links written on the origin site go there, and are told this page's URL.
    /// </summary>
    public string? OldUrl { get; init; }

    /// <summary>
    /// Marked `draft: true` (itself, or a translation's source page). Such a page is only built when drafts are
    /// included (<see cref="Loading.ContentLoaderOptions.IncludeDrafts"/>), and then says it is a draft.
    /// </summary>
    public bool IsDraft { get; init; }

    /// <summary>Who translated the page (`translators:` of a translation, names as plain text); empty on a source page and a fallback.</summary>
    public IReadOnlyList<string> Translators { get; init; } = [];

    /// <summary>
    /// Old site paths of this page (`aliases:`, a fact every language inherits), as written: `/categories/monitoring/`.
    /// Each language publishes a redirect at its own form of each (`/zh/categories/monitoring/`).
    /// </summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Where facts were written (key or `projects[2]` to the position), for later checks.</summary>
    public IReadOnlyDictionary<string, FactLocation> FactLocations { get; init; } = EmptyLocations;

    private static readonly IReadOnlyDictionary<string, FactLocation> EmptyLocations = new Dictionary<string, FactLocation>();

    public virtual bool Equals(Page? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    public override string ToString() => $"{Kind} {Language}:{Id}";
}

/// <summary>`_index.md`: the home page text.</summary>
public sealed record HomePage : Page
{
    [SetsRequiredMembers]
    public HomePage(PageCommon common)
        : base(common)
    {
    }

    public override PageKind Kind => PageKind.Home;

    public bool Equals(HomePage? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>`pages/&lt;slug&gt;.md`: about, contribute, …</summary>
public sealed record FreePage : Page
{
    [SetsRequiredMembers]
    public FreePage(PageCommon common)
        : base(common)
    {
    }

    public override PageKind Kind => PageKind.Free;

    public bool Equals(FreePage? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>`blog/[yyyy/]&lt;slug&gt;.md`.</summary>
public sealed record PostPage : Page
{
    [SetsRequiredMembers]
    public PostPage(PageCommon common, DateTimeOffset date)
        : base(common)
    {
        Date = date;
    }

    public override PageKind Kind => PageKind.Post;

    public required DateTimeOffset Date { get; init; }

    /// <summary>
    /// True when the file gave no readable `date` (an error at that file): <see cref="Date"/> is a stand-in, so a link
    /// by the post's real day is not told that no such post exists.
    /// </summary>
    public bool DateIsStandIn { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Tag names as written (translated on a translation that gives `tags`).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Project slugs the post is listed under.</summary>
    public IReadOnlyList<string> Projects { get; init; } = [];

    public string? OriginalUrl { get; init; }

    /// <summary>Ids of glossary terms the post refers to (`glossary:`).</summary>
    public IReadOnlyList<string> Glossary { get; init; } = [];

    public bool Equals(PostPage? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>`projects/&lt;slug&gt;.md`.</summary>
public sealed record ProjectPage : Page
{
    [SetsRequiredMembers]
    public ProjectPage(PageCommon common, Maturity maturity, string category)
        : base(common)
    {
        Maturity = maturity;
        Category = category;
    }

    public override PageKind Kind => PageKind.Project;

    public required Maturity Maturity { get; init; }

    /// <summary>Slug of a `categories/` page.</summary>
    public required string Category { get; init; }

    /// <summary>Slug of a `sigs/` page, if any.</summary>
    public string? Sig { get; init; }

    public DateOnly? Accepted { get; init; }

    public DateOnly? Incubating { get; init; }

    public DateOnly? Graduated { get; init; }

    public DateOnly? Archived { get; init; }

    public string? Homepage { get; init; }

    public string? Repo { get; init; }

    /// <summary>Ids of glossary terms the project refers to (`glossary:`).</summary>
    public IReadOnlyList<string> Glossary { get; init; } = [];

    /// <summary>Slugs of the other `categories/` pages the project is also listed in (the landscape's `second_path`).</summary>
    public IReadOnlyList<string> AlsoIn { get; init; } = [];

    /// <summary>Security and fuzzing audits, oldest first.</summary>
    public IReadOnlyList<Audit> Audits { get; init; } = [];

    public AnnualReview? AnnualReview { get; init; }

    /// <summary>Community links in <see cref="CommunityLinkNames.All"/> order.</summary>
    public IReadOnlyList<CommunityLink> Links { get; init; } = [];

    /// <summary>Name of the project's item in landscape.yml (`landscape:`), set by `import landscape`; null for a page written by hand.</summary>
    public string? LandscapeName { get; init; }

    /// <summary>True when the project is no longer in landscape.yml (`landscapeStatus: removed`).</summary>
    public bool IsDelisted { get; init; }

    /// <summary>Date the project reached a level, or null.</summary>
    public DateOnly? DateOf(Maturity level) => level switch
    {
        Maturity.Sandbox => Accepted,
        Maturity.Incubating => Incubating,
        Maturity.Graduated => Graduated,
        _ => Archived,
    };

    public bool Equals(ProjectPage? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>`categories/&lt;slug&gt;.md`.</summary>
public sealed record CategoryPage : Page
{
    [SetsRequiredMembers]
    public CategoryPage(PageCommon common)
        : base(common)
    {
    }

    public override PageKind Kind => PageKind.Category;

    /// <summary>Sort key; categories without one come after, by title.</summary>
    public int? Order { get; init; }

    /// <summary>Slug of the parent `categories/` page (a landscape subcategory's category), or null for a top-level category.</summary>
    public string? Parent { get; init; }

    /// <summary>Place in landscape.yml (`Category` or `Category / Subcategory`), set by `import landscape`.</summary>
    public string? LandscapePath { get; init; }

    /// <summary>True when the landscape no longer has this category (`landscapeStatus: removed`).</summary>
    public bool IsDelisted { get; init; }

    public bool Equals(CategoryPage? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>`sigs/&lt;slug&gt;.md`: SIG, TAG or working group charter.</summary>
public sealed record SigPage : Page
{
    [SetsRequiredMembers]
    public SigPage(PageCommon common, GroupKind groupKind)
        : base(common)
    {
        GroupKind = groupKind;
    }

    public override PageKind Kind => PageKind.Sig;

    public required GroupKind GroupKind { get; init; }

    public IReadOnlyList<string> Chairs { get; init; } = [];

    public IReadOnlyList<string> TocLiaisons { get; init; } = [];

    public string? Meetings { get; init; }

    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary>Ids of glossary terms the group refers to (`glossary:`).</summary>
    public IReadOnlyList<string> Glossary { get; init; } = [];

    public bool Equals(SigPage? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>`glossary/&lt;term&gt;.md`: one term of the glossary.</summary>
public sealed record TermPage : Page
{
    [SetsRequiredMembers]
    public TermPage(PageCommon common, TermCategory category)
        : base(common)
    {
        Category = category;
    }

    public override PageKind Kind => PageKind.Term;

    public required TermCategory Category { get; init; }

    public TermStatus Status { get; init; } = TermStatus.Current;

    /// <summary>Tag names as written (translated on a translation that gives `tags`).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Ids (slugs) of related terms, as written; the graph adds the terms that list this one.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Id of the term that replaces a deprecated one, or null.</summary>
    public string? ReplacedBy { get; init; }

    /// <summary>
    /// What the A–Z index sorts the term by instead of its title, per language (a translation may give
    /// its own): e.g. the pinyin of a Chinese title whose first character has several readings.
    /// </summary>
    public string? SortAs { get; init; }

    public bool Equals(TermPage? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
