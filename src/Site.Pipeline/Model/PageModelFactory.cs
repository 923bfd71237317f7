using System.Globalization;
using Site.Content.Config;
using Site.Content.FrontMatter;
using Site.Content.Loading;
using Site.Content.Model;

namespace Site.Pipeline.Model;

/// <summary>
/// Builds the <c>page</c> object of every page of one language, content pages (including
/// fallbacks) and generated ones, exactly as themes/default/README.md §2–3 describe.
/// </summary>
public sealed class PageModelFactory(LanguageContext lc)
{
    private const int DescriptionLength = 160;
    private const int HomeLatestPosts = 6;
    private const int HomeRecentChanges = 8;

    private SiteModel Site => lc.Site;

    private SiteUrls Urls => lc.Site.Urls;

    /// <summary>Every page of the language, in a stable order.</summary>
    public IEnumerable<PageJob> All() => Plan().Select(job => job.Build());

    /// <summary>
    /// Every page of the language, in the order of <see cref="All"/>, as its URL and a way to build
    /// its model: a rebuild in <c>serve</c> builds only the few whose inputs changed.
    /// </summary>
    public IEnumerable<PlannedJob> Plan()
    {
        var graph = lc.Graph;
        var info = lc.Info;
        yield return new(graph.Home?.Url ?? info.HomeUrl, Home) { Source = graph.Home };
        foreach (var post in graph.Posts)
        {
            yield return new(post.Url, () => Post(post)) { Source = post };
        }

        foreach (var project in graph.Projects)
        {
            yield return new(project.Url, () => Project(project)) { Source = project };
        }

        foreach (var category in graph.Categories)
        {
            yield return new(category.Url, () => Category(category)) { Source = category };
        }

        foreach (var sig in graph.Sigs)
        {
            yield return new(sig.Url, () => Sig(sig)) { Source = sig };
        }

        foreach (var term in graph.Terms)
        {
            yield return new(term.Url, () => Term(term)) { Source = term };
        }

        foreach (var page in graph.FreePages)
        {
            yield return new(page.Url, () => FreePage(page)) { Source = page };
        }

        foreach (var list in graph.BlogPages)
        {
            yield return new(GeneratedUrls.BlogPage(info, list.Number), () => BlogList(list.Number, list.TotalPages, list.Posts));
        }

        yield return new(GeneratedUrls.Projects(info), ProjectDirectory);
        yield return new(GeneratedUrls.Categories(info), CategoryIndex);
        yield return new(GeneratedUrls.Sigs(info), SigIndex);
        yield return new(GeneratedUrls.Glossary(info), GlossaryIndex);
        yield return new(GeneratedUrls.Tags(info), TagIndex);
        foreach (var tag in graph.Tags)
        {
            yield return new(GeneratedUrls.Tag(info, tag.Slug), () => Tag(tag));
        }

        yield return new(GeneratedUrls.Search(info), () => Generated("search", "search", "search", l => GeneratedUrls.Search(l), lc.Strings.Get("search.title", "Search")));
        yield return new(GeneratedUrls.TranslationStatus(info), TranslationStatus) { ReadsEveryTitleAndState = true };
        yield return new(info.Localise(GeneratedUrls.NotFound), () => Generated("not_found", "404", "none", l => l.Localise(GeneratedUrls.NotFound), lc.Strings.Get("not_found.title", "Page not found")));
    }

    private PageJob Home()
    {
        var home = lc.Graph.Home;
        var job = home is null
            ? Generated("home", "home", "home", l => l.HomeUrl, lc.Site.Config.Title(lc.Info.Code))
            : Content(home, "home", "home", "home");
        var page = job.Page;
        page["title"] = lc.Site.Config.Title(lc.Info.Code);
        page["latest_posts"] = lc.PostItems(lc.Graph.Latest(HomeLatestPosts));
        page["graduated_projects"] = lc.ProjectItems(lc.Graph.GraduatedProjects);
        page["categories"] = lc.Graph.Categories.Select(c => (object?)lc.CategoryItem(c)).ToList();
        page["breadcrumbs"] = new List<object?>();
        page["json_ld"] = StructuredData.Graph(StructuredData.WebSite(
            lc.Site.Config.Title(lc.Info.Code), Urls.Absolute(lc.Info.HomeUrl), lc.Info.Locale, Urls.Absolute(GeneratedUrls.Search(lc.Info))));
        page["top_categories"] = lc.Graph.RootCategories.Where(c => Site.Content.Graph.ProjectsByMaturity(c).Any(g => g.Projects.Count > 0))
            .Select(c => (object?)lc.CategoryItem(c)).ToList();
        page["project_count"] = lc.Graph.Projects.Count;
        page["maturity_counts"] = MaturityCounts(lc.Graph.Projects);
        page["recent_changes"] = RecentChanges(HomeRecentChanges);
        return job;
    }

    private PageJob Post(PostPage post)
    {
        var job = Content(post, "post", "post", "blog");
        var page = job.Page;
        var date = DateDisplay.DateOf(post.Date);
        var graph = Site.Content.Graph;
        page["date_display"] = lc.Dates.Long(date);
        page["date_iso"] = DateDisplay.Iso(date);
        page["authors"] = post.Authors.Cast<object?>().ToList();
        page["tags"] = lc.TagLinks(post);
        page["projects"] = lc.ProjectItems(graph.ProjectsOf(post));
        page["prev"] = lc.Link(graph.Previous(post));
        page["next"] = lc.Link(graph.Next(post));
        page["original_url"] = post.OriginalUrl;
        page["terms"] = lc.TermItems(graph.TermsOf(post));
        page["reading_minutes"] = Site.ReadingMinutes(post);
        page["related"] = lc.PostItems(Site.RelatedTo(post));
        var published = post.Date.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        page["json_ld"] = JsonLd(job, "BlogPosting", post, published, post.Authors);
        return job;
    }

    private PageJob Project(ProjectPage project)
    {
        var job = Content(project, "project", "project", "projects");
        var page = job.Page;
        var graph = Site.Content.Graph;
        var timeline = new List<(DateOnly Date, string Level)>();
        foreach (var (level, date) in new[] { ("accepted", project.Accepted), ("incubating", project.Incubating), ("graduated", project.Graduated), ("archived", project.Archived) })
        {
            if (date is { } d)
            {
                timeline.Add((d, level));
            }
        }

        page["maturity"] = project.Maturity.ToSlug();
        page["timeline"] = timeline
            .OrderBy(t => t.Date)
            .Select(t => (object?)new ModelMap(3) { ["level"] = t.Level, ["date_display"] = lc.Dates.Long(t.Date), ["date_iso"] = DateDisplay.Iso(t.Date) })
            .ToList();
        var category = graph.CategoryOf(project);
        page["category"] = lc.CategoryLink(category);
        page["listings"] = graph.AlsoListedIn(project).Prepend(category).OfType<CategoryPage>()
            .Select(c => (object?)Listing(c))
            .ToList();
        page["sig"] = lc.Link(graph.SigOf(project));
        page["homepage"] = project.Homepage;
        page["repo"] = project.Repo;
        page["logo"] = lc.Logo(project);
        page["audits"] = project.Audits
            .Select(a => (object?)new ModelMap(6)
            {
                ["date_display"] = lc.Dates.Long(a.Date),
                ["date_iso"] = DateDisplay.Iso(a.Date),
                ["type"] = a.Type,
                ["vendor"] = a.Vendor,
                ["url"] = a.Url,
            })
            .ToList();
        page["annual_review"] = project.AnnualReview is { } review
            ? new ModelMap(3) { ["date_display"] = lc.Dates.Long(review.Date), ["date_iso"] = DateDisplay.Iso(review.Date), ["url"] = review.Url }
            : null;
        page["links"] = project.Links.Select(l => (object?)new ModelMap(2) { ["name"] = l.Name, ["url"] = l.Url }).ToList();
        page["is_delisted"] = project.IsDelisted;
        var posts = graph.PostsAbout(project);
        page["posts"] = lc.PostItems(posts);
        page["terms"] = lc.TermItems(graph.TermsOf(project));
        var (prev, next) = lc.SectionNeighbours(project);
        page["prev"] = lc.Link(prev);
        page["next"] = lc.Link(next);
        // Sections the layout adds after the body, with the ids it gives their headings.
        var toc = (List<object?>)page["toc"]!;
        if (timeline.Count > 0)
        {
            toc.Insert(0, TocEntry("timeline-title", lc.Strings.Get("timeline.title", "Timeline")));
        }

        if (posts.Count > 0)
        {
            toc.Add(TocEntry("project-posts", lc.Strings.Get("project.posts", "Posts")));
        }

        page["json_ld"] = JsonLd(job, "Article", project, null, []);
        return job;
    }

    private PageJob Category(CategoryPage category)
    {
        var job = Content(category, "category", "category", "categories");
        var graph = Site.Content.Graph;
        var groups = graph.ProjectsByMaturity(category).Where(g => g.Projects.Count > 0).ToList();
        job.Page["title_lang"] = lc.CategoryTitleIsLocal(category) ? lc.Info.Code : category.ContentLanguage;
        job.Page["project_count"] = groups.Sum(g => g.Projects.Count);
        job.Page["projects_by_maturity"] = groups
            .Select(g => (object?)new ModelMap(2) { ["maturity"] = g.Slug, ["projects"] = lc.ProjectItems(g.Projects) })
            .ToList();
        job.Page["maturity_counts"] = groups.Select(g => (object?)new ModelMap(2) { ["maturity"] = g.Slug, ["count"] = g.Projects.Count }).ToList();
        job.Page["parent"] = lc.CategoryLink(graph.ParentOf(category));
        job.Page["children"] = graph.ChildrenOf(category).Select(c => (object?)lc.CategoryItem(c)).ToList();
        // Projects whose own category is elsewhere (the landscape's `second_path`), marked as such in the lists.
        job.Page["also_listed"] = groups.SelectMany(g => g.Projects)
            .Where(p => p.Category != category.Slug && !IsBelow(graph, p, category))
            .Select(p => (object?)p.Slug)
            .ToList();
        job.Page["is_delisted"] = category.IsDelisted;
        var (prev, next) = lc.SectionNeighbours(category);
        job.Page["prev"] = lc.Link(prev);
        job.Page["next"] = lc.Link(next);
        var toc = (List<object?>)job.Page["toc"]!;
        foreach (var g in groups)
        {
            toc.Add(TocEntry("maturity-" + g.Slug, lc.Strings.Get("maturity." + g.Slug, g.Slug)));
        }

        job.Page["json_ld"] = JsonLd(job, "Article", category, null, []);
        return job;
    }

    private PageJob Sig(SigPage sig)
    {
        var job = Content(sig, "sig", "sig", "sigs");
        var page = job.Page;
        var graph = Site.Content.Graph;
        page["group_kind"] = sig.GroupKind.ToSlug();
        page["chairs"] = sig.Chairs.Cast<object?>().ToList();
        page["toc_liaisons"] = sig.TocLiaisons.Cast<object?>().ToList();
        page["meetings"] = sig.Meetings is null ? new List<object?>() : new List<object?> { sig.Meetings };
        page["channels"] = sig.Channels.Cast<object?>().ToList();
        var projects = graph.ProjectsOf(sig);
        var posts = graph.PostsOf(sig);
        page["projects"] = lc.ProjectItems(projects);
        page["posts"] = lc.PostItems(posts);
        page["terms"] = lc.TermItems(graph.TermsOf(sig));
        var (prev, next) = lc.SectionNeighbours(sig);
        page["prev"] = lc.Link(prev);
        page["next"] = lc.Link(next);
        var toc = (List<object?>)page["toc"]!;
        if (projects.Count > 0)
        {
            toc.Add(TocEntry("sig-projects", lc.Strings.Get("sig.projects", "Projects")));
        }

        if (posts.Count > 0)
        {
            toc.Add(TocEntry("sig-posts", lc.Strings.Get("sig.posts", "Posts")));
        }

        page["json_ld"] = JsonLd(job, "Article", sig, null, []);
        return job;
    }

    private PageJob FreePage(FreePage free)
    {
        var job = Content(free, "page", "page", "pages");
        job.Page["json_ld"] = JsonLd(job, "Article", free, null, []);
        return job;
    }

    private PageJob Term(TermPage term)
    {
        var job = Content(term, "term", "term", "glossary");
        var page = job.Page;
        var graph = Site.Content.Graph;

        // Pages that name the term in `glossary:` or link to it in their body, each once.
        var referring = new HashSet<Page>(graph.ReferencesTo(term));
        referring.UnionWith(Site.Mentions.Of(term));
        page["category"] = term.Category.ToSlug();
        page["status"] = term.Status.ToSlug();
        page["tags"] = graph.TagsOf(term).Select(t => (object?)lc.TagLink(t.Slug)).Where(t => t is not null).ToList();
        var related = graph.RelatedTo(term);
        page["related"] = lc.TermItems(AlphabeticGroups.ForTitles(lc.Info.Locale, related.Select(SortText)).Order(related, SortText));
        page["replaced_by"] = graph.ReplacementOf(term) is { } replacement ? lc.TermItem(replacement) : null;
        page["projects"] = lc.ProjectItems(lc.Graph.Projects.Where(referring.Contains));
        page["posts"] = lc.PostItems(lc.Graph.Posts.Where(referring.Contains));
        page["mentions"] = referring
            .Where(p => p is not ProjectPage and not PostPage && !(p is TermPage t && related.Contains(t)))
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => (object?)lc.Link(p))
            .ToList();
        page["index_url"] = Urls.Url(GeneratedUrls.Glossary(lc.Info));
        return job;
    }

    private PageJob GlossaryIndex()
    {
        var job = Generated("glossary", "glossary", "glossary", GeneratedUrls.Glossary, lc.Strings.Get("glossary.title", "Glossary"));
        var terms = lc.Graph.Terms;
        var grouping = AlphabeticGroups.ForTitles(lc.Info.Locale, terms.Select(SortText));
        var groups = grouping.Group(terms, SortText);
        var present = groups.Select(g => g.Label).ToHashSet(StringComparer.Ordinal);
        var jump = new List<object?>();
        foreach (var label in groups.Where(g => g.Label == AlphabeticGroups.SymbolsLabel).Select(g => g.Label)
            .Concat(grouping.Letters)
            .Concat(groups.Where(g => g.Label == AlphabeticGroups.OthersLabel).Select(g => g.Label)))
        {
            jump.Add(new ModelMap(3) { ["label"] = label, ["id"] = AlphabeticGroups.IdOf(label), ["has_terms"] = present.Contains(label) });
        }

        job.Page["term_count"] = terms.Count;
        job.Page["jump"] = jump;
        job.Page["letters"] = groups
            .Select(g => (object?)new ModelMap(3) { ["label"] = g.Label, ["id"] = g.Id, ["terms"] = lc.TermItems(g.Items) })
            .ToList();
        return job;
    }

    /// <summary>What the glossary sorts a term by in its language: `sortAs` if given, else its title.</summary>
    private static string SortText(TermPage term) => term.SortAs ?? term.Title;

    private PageJob BlogList(int number, int total, IReadOnlyList<PostPage> posts)
    {
        // A later page says which it is (heading, <title>, breadcrumb), or every page of the blog would read "Blog".
        var blog = lc.Strings.Get("nav.blog", "Blog");
        var pageOf = number == 1 ? null : lc.Strings.Get("pagination.page", "Page {page} of {total}")
            .Replace("{page}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{total}", total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var job = Generated("blog_list", "blog_list", "blog", l => GeneratedUrls.BlogPage(l, number), pageOf is null ? blog : $"{blog} · {pageOf}", crumbTitle: pageOf);
        job.Page["posts"] = lc.PostItems(posts);
        job.Page["pagination"] = Pagination.Build(number, total, n => Urls.Url(GeneratedUrls.BlogPage(lc.Info, n)));
        return job;
    }

    private PageJob ProjectDirectory()
    {
        var job = Generated("project_directory", "project_directory", "projects", GeneratedUrls.Projects, lc.Strings.Get("directory.title", "Projects"));
        var graph = lc.Graph;
        var siteGraph = Site.Content.Graph;
        var byCategory = graph.Projects.GroupBy(p => p.Category, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        ModelMap Group(CategoryPage c) => new(6)
        {
            ["title"] = lc.CategoryTitle(c),
            ["title_lang"] = lc.CategoryTitleIsLocal(c) ? lc.Info.Code : c.ContentLanguage,
            ["slug"] = c.Slug,
            ["url"] = Urls.Url(c.Url),
            ["projects"] = lc.ProjectItems(byCategory.TryGetValue(c.Slug, out var list) ? list : []),
        };

        // Top-level categories, each with its subcategories that are some project's own category, in `order`.
        var groups = new List<object?>();
        foreach (var root in graph.RootCategories)
        {
            var subgroups = Descendants(siteGraph, root).Prepend(root).Where(c => byCategory.ContainsKey(c.Slug)).Select(c => (object?)Group(c)).ToList();
            if (subgroups.Count == 0)
            {
                continue;
            }

            var group = Group(root);
            group["subgroups"] = subgroups;
            group["count"] = subgroups.Sum(g => ((List<object?>)((ModelMap)g!)["projects"]!).Count);
            groups.Add(group);
        }

        job.Page["project_count"] = graph.Projects.Count;
        job.Page["groups"] = groups;
        job.Page["maturities"] = MaturityCounts(graph.Projects);
        // Filter choices count every project listed there (its own category or `alsoIn`), as the filter matches.
        var listedIn = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var project in graph.Projects)
        {
            foreach (var slug in (List<object?>)lc.ProjectItem(project)["listed_in"]!)
            {
                listedIn[(string)slug!] = listedIn.GetValueOrDefault((string)slug!) + 1;
            }
        }

        job.Page["filter_categories"] = graph.RootCategories.Where(c => listedIn.ContainsKey(c.Slug))
            .Select(c => (object?)new ModelMap(4)
            {
                ["title"] = lc.CategoryTitle(c),
                ["slug"] = c.Slug,
                ["count"] = listedIn[c.Slug],
                ["subcategories"] = Descendants(siteGraph, c).Where(s => listedIn.ContainsKey(s.Slug))
                    .Select(s => (object?)new ModelMap(3) { ["title"] = lc.CategoryTitle(s), ["slug"] = s.Slug, ["count"] = listedIn[s.Slug] })
                    .ToList(),
            })
            .ToList();
        job.Page["filter_tags"] = graph.Sigs
            .Select(sig => (Sig: sig, Count: siteGraph.ProjectsOf(sig).Count))
            .Where(x => x.Count > 0)
            .Select(x => (object?)new ModelMap(3) { ["title"] = x.Sig.Title, ["slug"] = x.Sig.Slug, ["count"] = x.Count })
            .ToList();
        job.Page["untagged_count"] = graph.Projects.Count(p => siteGraph.SigOf(p) is null);
        return job;
    }

    /// <summary>Every category below <paramref name="category"/>, depth first in `order`.</summary>
    private static IEnumerable<CategoryPage> Descendants(Content.Graph.SiteGraph graph, CategoryPage category)
    {
        foreach (var child in graph.ChildrenOf(category))
        {
            yield return child;
            foreach (var below in Descendants(graph, child))
            {
                yield return below;
            }
        }
    }

    private PageJob CategoryIndex()
    {
        var job = Generated("category_index", "category_index", "categories", GeneratedUrls.Categories, lc.Strings.Get("nav.categories", "Categories"));
        job.Page["categories"] = lc.Graph.Categories.Select(c => (object?)lc.CategoryItem(c)).ToList();
        job.Page["tree"] = lc.Graph.RootCategories
            .Select(c => (object?)new ModelMap(2)
            {
                ["category"] = lc.CategoryItem(c),
                ["children"] = Site.Content.Graph.ChildrenOf(c).Select(child => (object?)lc.CategoryItem(child)).ToList(),
            })
            .ToList();
        return job;
    }

    private PageJob SigIndex()
    {
        var job = Generated("sig_index", "sig_index", "sigs", GeneratedUrls.Sigs, lc.Strings.Get("nav.sigs", "SIGs"));
        job.Page["sig_groups"] = new[] { GroupKind.Tag, GroupKind.Sig, GroupKind.Wg }
            .Select(kind => (Kind: kind, Sigs: lc.Graph.Sigs.Where(s => s.GroupKind == kind).ToList()))
            .Where(g => g.Sigs.Count > 0)
            .Select(g => (object?)new ModelMap(2) { ["group_kind"] = g.Kind.ToSlug(), ["sigs"] = g.Sigs.Select(s => (object?)lc.SigItem(s)).ToList() })
            .ToList();
        return job;
    }

    private PageJob TagIndex()
    {
        var job = Generated("tag_index", "tag_index", "tags", GeneratedUrls.Tags, lc.Strings.Get("nav.tags", "Tags"));
        job.Page["tags"] = lc.Graph.Tags
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Select(t => (object?)new ModelMap(5) { ["label"] = t.Name, ["url"] = Urls.Url(t.Url), ["slug"] = t.Slug, ["count"] = t.Posts.Count + t.Terms.Count })
            .ToList();
        return job;
    }

    private PageJob Tag(Content.Graph.Tag tag)
    {
        // "Posts tagged …" unless glossary terms carry the tag too.
        var title = (tag.Terms.Count == 0 ? lc.Strings.Get("tag_page.title", "{tag}") : lc.Strings.Get("tag_page.title_all", "{tag}"))
            .Replace("{tag}", tag.Name, StringComparison.Ordinal);
        // Tags are per language (translated names have other slugs): link to the same tag where it exists, else to the tag index.
        var job = Generated("tag", "tag", "tags", l => GeneratedUrls.Tag(l, tag.Slug), title, sameInAllLanguages: false,
            otherUrlIn: l => Site.Content.Graph[l.Code].Tag(tag.Slug) is { } same ? same.Url : GeneratedUrls.Tags(l));
        // Tags are keyed once (translations/tags.yml), so a tag present in several languages is one page in each: hreflang pairs them.
        var versions = Site.Config.Languages.Where(l => Site.Content.Graph[l.Code].Tag(tag.Slug) is not null).ToList();
        if (versions.Count >= 2)
        {
            var alternates = versions.Select(l => (object?)Alternate(l.Locale, GeneratedUrls.Tag(l, tag.Slug))).ToList();
            alternates.Add(Alternate("x-default", GeneratedUrls.Tag(versions[0], tag.Slug)));
            job.Page["alternates"] = alternates;
        }

        job.Page["tag"] = lc.TagLink(tag.Slug);
        job.Page["posts"] = lc.PostItems(tag.Posts);
        job.Page["terms"] = lc.TermItems(tag.Terms);
        return job;
    }

    private PageJob TranslationStatus()
    {
        var job = Generated("translation_status", "translation_status", "none", GeneratedUrls.TranslationStatus, lc.Strings.Get("status.title", "Translation status"));
        job.Page["status"] = TranslationStatusModel.Build(lc);
        return job;
    }

    /// <summary>One place a project is listed: the category with its parent, both in this language.</summary>
    private ModelMap Listing(CategoryPage category)
    {
        var parent = Site.Content.Graph.ParentOf(category);
        return new ModelMap(3)
        {
            ["category"] = lc.CategoryLink(category),
            ["parent"] = lc.CategoryLink(parent),
        };
    }

    /// <summary>Whether the project's own category is a descendant of <paramref name="category"/> (a parent lists its children's projects as its own).</summary>
    private static bool IsBelow(Content.Graph.SiteGraph graph, ProjectPage project, CategoryPage category) =>
        graph.CategoryOf(project) is { } own && graph.AncestorsOf(own).Contains(category);

    /// <summary>Projects per maturity level, in the order graduated, incubating, sandbox, archived (levels without projects left out).</summary>
    private static List<object?> MaturityCounts(IReadOnlyList<ProjectPage> projects) =>
        MaturityNames.GroupOrder
            .Select(m => (Key: m.ToSlug(), Count: projects.Count(p => p.Maturity == m)))
            .Where(m => m.Count > 0)
            .Select(m => (object?)new ModelMap(2) { ["key"] = m.Key, ["count"] = m.Count })
            .ToList();

    /// <summary>The latest maturity steps of all projects (accepted, incubating, graduated, archived), newest first.</summary>
    private List<object?> RecentChanges(int count)
    {
        var steps = new List<(DateOnly Date, string Level, ProjectPage Project)>();
        foreach (var project in lc.Graph.Projects)
        {
            PageReads.Read(project); // any project's dates may put it on the list
            foreach (var (level, date) in new[] { ("accepted", project.Accepted), ("incubating", project.Incubating), ("graduated", project.Graduated), ("archived", project.Archived) })
            {
                // A project accepted straight into incubation has both dates equal: the higher level tells the news.
                if (date is { } d && !(level == "accepted" && project.Incubating == d))
                {
                    steps.Add((d, level, project));
                }
            }
        }

        return steps
            .OrderByDescending(s => s.Date)
            .ThenBy(s => s.Project.Title, StringComparer.OrdinalIgnoreCase)
            .Take(count)
            .Select(s => (object?)new ModelMap(4)
            {
                ["level"] = s.Level,
                ["date_display"] = lc.Dates.Long(s.Date),
                ["date_iso"] = DateDisplay.Iso(s.Date),
                ["project"] = lc.ProjectItem(s.Project),
            })
            .ToList();
    }

    /// <summary>A page written by a contributor (or its fallback), with the common fields.</summary>
    private PageJob Content(Page page, string kind, string layout, string section)
    {
        var graph = Site.Content.Graph;
        var config = Site.Config;
        var defaultLanguage = config.DefaultLanguage;
        PageReads.Read(page); // and its versions in other languages, which share its id
        var rendered = Site.Rendered(page);
        var sourcePage = lc.Info.IsDefault ? null : graph.Counterpart(page, defaultLanguage.Code);
        var summary = lc.SummaryOf(page);

        var translations = new List<object?>(config.Languages.Count);
        foreach (var other in config.Languages)
        {
            if (other.Code == lc.Info.Code)
            {
                continue;
            }

            var counterpart = graph.Counterpart(page, other.Code);
            translations.Add(new ModelMap(6)
            {
                ["code"] = other.Code,
                ["name"] = other.Name,
                ["locale"] = other.Locale,
                ["url"] = Urls.Url(counterpart?.Url ?? other.Localise(page.Url[lc.Info.UrlPrefix.Length..])),
                ["is_translated"] = counterpart is { IsFallback: false },
                ["is_source"] = other.IsDefault,
            });
        }

        var real = graph.Versions(page).Where(v => !v.IsFallback).ToList();
        var alternates = new List<object?>();
        if (real.Count >= 2)
        {
            foreach (var version in real)
            {
                alternates.Add(Alternate(config.Language(version.Language)!.Locale, version.Url));
            }

            alternates.Add(Alternate("x-default", real.FirstOrDefault(v => v.Language == defaultLanguage.Code)?.Url ?? real[0].Url));
        }

        var model = new ModelMap(32)
        {
            ["kind"] = kind,
            ["layout"] = layout,
            ["section"] = section,
            ["url"] = Urls.Url(page.Url),
            ["abs_url"] = Urls.Absolute(page.Url),
            ["canonical_url"] = Urls.Absolute(page.IsFallback && sourcePage is not null ? sourcePage.Url : page.Url),
            ["title"] = DisplayTitle(page),
            ["description"] = Describe(summary),
            ["summary"] = summary,
            ["lead"] = page.Summary, // only a summary the author wrote: a derived one is the body's first paragraph, which the page shows anyway
            // Kept compact until a template reads it (see ReadOnlyMapAccessor): every page's model is built before the first page renders.
            ["content_html"] = rendered.HtmlCompact.Length == 0 && page.BodyCompact.IsWhiteSpace() ? null : rendered.HtmlCompact,
            ["toc"] = rendered.Headings.Where(h => h.Level is >= 2 and <= 4).Select(h => (object?)new ModelMap(3) { ["level"] = h.Level, ["id"] = h.Id, ["text"] = h.Text }).ToList(),
            ["content_lang"] = page.ContentLanguage,
            ["is_fallback"] = page.IsFallback,
            ["is_draft"] = page.IsDraft,
            ["is_outdated"] = page.TranslationState == TranslationState.Outdated,
            ["translators"] = page.Translators.Cast<object?>().ToList(),
            ["source_url"] = sourcePage is null ? null : Urls.Url(sourcePage.Url),
            ["source_lang"] = sourcePage is null ? null : defaultLanguage.Code,
            ["translations"] = translations,
            ["alternates"] = alternates,
            ["edit_url"] = EditUrl(page),
            ["pagination"] = null,
            ["translate_url"] = page.IsFallback ? Urls.Url(GeneratedUrls.TranslationStatus(lc.Info)) + "#how-to-translate" : null,
            ["content_locale"] = config.Language(page.ContentLanguage)?.Locale ?? lc.Info.Locale,
            // A post is dated; its last change says something only when it was edited after it was added.
            ["updated"] = page is PostPage && !Site.FileDates.EditedSinceAdded(page.FullPath) ? null : Updated(page.FullPath),
            ["source_updated"] = page.TranslationState == TranslationState.Outdated && sourcePage is not null ? Updated(sourcePage.FullPath) : null,
            ["has_code"] = rendered.HtmlCompact.ContainsAscii("<div class=\"code-block\">"),
            ["has_table"] = rendered.HtmlCompact.ContainsAscii("<div class=\"table-scroll\""),
            ["prev"] = null,
            ["next"] = null,
            ["related"] = new List<object?>(),
            ["json_ld"] = null,
        };
        AddShared(model, page, kind, section, DisplayTitle(page), page.Url);
        return new PageJob(page.Url, SiteUrls.FileOf(page.Url), layout, lc, model, page);
    }

    /// <summary>A page the generator makes (lists, indexes, search, 404): it exists in every language.</summary>
    /// <param name="crumbTitle">The page's name as the breadcrumb's last item, when it differs from its title ("Page 2 of 5" for "Blog · Page 2 of 5").</param>
    private PageJob Generated(string kind, string layout, string section, Func<LanguageInfo, string> urlIn, string title, bool sameInAllLanguages = true, Func<LanguageInfo, string>? otherUrlIn = null, string? crumbTitle = null)
    {
        var otherUrl = otherUrlIn ?? urlIn;
        var config = Site.Config;
        var url = urlIn(lc.Info);
        var translations = new List<object?>(config.Languages.Count);
        var alternates = new List<object?>();
        foreach (var other in config.Languages)
        {
            if (other.Code != lc.Info.Code)
            {
                translations.Add(new ModelMap(6)
                {
                    ["code"] = other.Code,
                    ["name"] = other.Name,
                    ["locale"] = other.Locale,
                    ["url"] = Urls.Url(sameInAllLanguages ? urlIn(other) : otherUrl(other)),
                    ["is_translated"] = true,
                    ["is_source"] = other.IsDefault,
                });
            }

            if (sameInAllLanguages && config.Languages.Count > 1 && kind != "not_found")
            {
                alternates.Add(Alternate(other.Locale, urlIn(other)));
            }
        }

        if (alternates.Count > 0)
        {
            alternates.Add(Alternate("x-default", urlIn(config.DefaultLanguage)));
        }

        var model = new ModelMap(32)
        {
            ["kind"] = kind,
            ["layout"] = layout,
            ["section"] = section,
            ["url"] = Urls.Url(url),
            ["abs_url"] = Urls.Absolute(url),
            ["canonical_url"] = Urls.Absolute(url),
            ["title"] = title,
            ["description"] = Describe(null),
            ["summary"] = null,
            ["lead"] = null,
            ["content_html"] = null,
            ["toc"] = new List<object?>(),
            ["content_lang"] = lc.Info.Code,
            ["is_fallback"] = false,
            ["is_draft"] = false,
            ["is_outdated"] = false,
            ["translators"] = new List<object?>(),
            ["source_url"] = null,
            ["source_lang"] = null,
            ["translations"] = translations,
            ["alternates"] = alternates,
            ["edit_url"] = null,
            ["pagination"] = null,
            ["translate_url"] = null,
            ["content_locale"] = lc.Info.Locale,
            ["updated"] = null,
            ["source_updated"] = null,
            ["has_code"] = false,
            ["has_table"] = false,
            ["prev"] = null,
            ["next"] = null,
            ["related"] = new List<object?>(),
            ["json_ld"] = null,
        };
        AddShared(model, null, kind, section, crumbTitle ?? title, url);
        if (kind != "home")
        {
            model["json_ld"] = StructuredData.Graph(StructuredData.BreadcrumbList(CrumbsOf(model)));
        }

        return new PageJob(url, SiteUrls.FileOf(url), layout, lc, model, null);
    }

    /// <summary>
    /// The title a reader of this language sees for a page (heading, breadcrumb, metadata): a category's
    /// name in the reader's language when one is known (<c>translations/categories.yml</c>), else the page's own title.
    /// </summary>
    private string DisplayTitle(Page page) => page is CategoryPage category ? lc.CategoryTitle(category) : page.Title;

    /// <summary>Fields every page has whatever its kind: breadcrumbs, link-preview image.</summary>
    private void AddShared(ModelMap model, Page? page, string kind, string section, string title, string siteUrl)
    {
        model["breadcrumbs"] = Breadcrumbs(page, kind, section, title, siteUrl);
        var card = Site.SocialCards.For(page, lc.Info.Code);
        model["og_image"] = Urls.Absolute(card.Url);
        model["og_image_alt"] = card.Title;
    }

    /// <summary>From the home page to the page itself (<c>{title, url, abs_url}</c>; the last is the page). Empty on the home page.</summary>
    private List<object?> Breadcrumbs(Page? page, string kind, string section, string title, string siteUrl)
    {
        var crumbs = new List<object?>();
        if (kind == "home")
        {
            return crumbs;
        }

        // `lang` names the language of a title that is not in the page's language (an English category name on a Chinese page).
        void Add(string text, string target, string? textLang = null) =>
            crumbs.Add(new ModelMap(4) { ["title"] = text, ["url"] = Urls.Url(target), ["abs_url"] = Urls.Absolute(target), ["lang"] = textLang });
        string? LangOf(CategoryPage c) => lc.CategoryTitleIsLocal(c) ? null : c.ContentLanguage;
        Add(lc.Strings.Get("nav.home", "Home"), lc.Info.HomeUrl);
        switch (section)
        {
            case "blog" when kind != "blog_list" || siteUrl != GeneratedUrls.BlogPage(lc.Info, 1):
                Add(lc.Strings.Get("nav.blog", "Blog"), GeneratedUrls.BlogPage(lc.Info, 1));
                break;
            case "projects" when kind != "project_directory":
                Add(lc.Strings.Get("nav.projects", "Projects"), GeneratedUrls.Projects(lc.Info));
                if (page is ProjectPage project && Site.Content.Graph.CategoryOf(project) is { } category)
                {
                    foreach (var c in Site.Content.Graph.AncestorsOf(category).Append(category))
                    {
                        PageReads.Read(c);
                        Add(lc.CategoryTitle(c), c.Url, LangOf(c));
                    }
                }

                break;
            case "categories" when kind != "category_index":
                Add(lc.Strings.Get("nav.categories", "Categories"), GeneratedUrls.Categories(lc.Info));
                if (page is CategoryPage self)
                {
                    // The landscape's hierarchy: a subcategory is reached through its category.
                    foreach (var c in Site.Content.Graph.AncestorsOf(self))
                    {
                        PageReads.Read(c);
                        Add(lc.CategoryTitle(c), c.Url, LangOf(c));
                    }
                }

                break;
            case "sigs" when kind != "sig_index":
                Add(lc.Strings.Get("nav.sigs", "SIGs"), GeneratedUrls.Sigs(lc.Info));
                break;
            case "glossary" when kind != "glossary":
                Add(lc.Strings.Get("glossary.title", "Glossary"), GeneratedUrls.Glossary(lc.Info));
                break;
            case "tags" when kind != "tag_index":
                Add(lc.Strings.Get("nav.tags", "Tags"), GeneratedUrls.Tags(lc.Info));
                break;
        }

        Add(title, siteUrl);
        return crumbs;
    }

    private List<(string Name, string Url)> CrumbsOf(ModelMap model) =>
        ((List<object?>)model["breadcrumbs"]!).Cast<ModelMap>()
            .Select(c => ((string)c["title"]!, (string)c["abs_url"]!))
            .ToList();

    /// <summary>JSON-LD of a written page: its breadcrumbs and the article itself.</summary>
    private string? JsonLd(PageJob job, string type, Page page, string? published, IReadOnlyList<string> authors)
    {
        var model = job.Page;
        var modified = (model["updated"] as ModelMap)?["iso"] as string;
        return StructuredData.Graph(
            StructuredData.BreadcrumbList(CrumbsOf(model)),
            StructuredData.Article(type, DisplayTitle(page), (string)model["canonical_url"]!, (string)model["content_locale"]!, (string?)model["summary"],
                published, modified, authors, (string)model["og_image"]!, Site.Config.Title(lc.Info.Code)));
    }

    private static ModelMap TocEntry(string id, string text) => new(3) { ["level"] = 2, ["id"] = id, ["text"] = text };

    /// <summary><c>{iso, display}</c> of a file's last change in git history, or null (no history).</summary>
    private ModelMap? Updated(string fullPath)
    {
        if (Site.FileDates.LastChanged(fullPath) is not { } when)
        {
            return null;
        }

        return new ModelMap(2)
        {
            ["iso"] = when.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["display"] = lc.Dates.Long(DateDisplay.DateOf(when)),
        };
    }

    /// <summary>
    /// Where to change a page's words: its own file for a source page or a translation; for a fallback
    /// (no translation yet), a new-file form at the translation's path, with a front matter to start from.
    /// </summary>
    private string? EditUrl(Page page)
    {
        if (Site.Config.Repository is not { } repository)
        {
            return null;
        }

        var relative = Path.GetRelativePath(Site.Content.InputRoot, page.FullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        if (!page.IsFallback)
        {
            return repository.EditUrl(relative);
        }

        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        var target = lc.Info.Code + relative[slash..];
        var stub = $"---\ntitle: {FrontMatterReader.DoubleQuoted(page.Title)}\nsourceHash: {page.SourceHash}\n---\n";
        return repository.NewFileUrl(target, stub);
    }

    private ModelMap Alternate(string hreflang, string siteUrl) => new(2) { ["hreflang"] = hreflang, ["url"] = Urls.Absolute(siteUrl) };

    private string Describe(string? summary)
    {
        var text = string.IsNullOrWhiteSpace(summary) ? Site.Config.Title(lc.Info.Code) : summary.Trim();
        if (text.Length <= DescriptionLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', DescriptionLength - 1);
        return (cut > DescriptionLength / 2 ? text[..cut] : text[..(DescriptionLength - 1)]).TrimEnd() + "…";
    }
}
