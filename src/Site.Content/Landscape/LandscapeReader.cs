using System.Globalization;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Content.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Landscape;

/// <summary>
/// Reads CNCF's landscape.yml (shape and traps: shared/spec/landscape-yml.md) into a
/// <see cref="LandscapeDocument"/>. YamlDotNet's representation model keeps every node's
/// position, so each problem is reported as `landscape.yml:line:col`. Nothing throws and nothing
/// is dropped without a word: a broken `second_path`, a duplicate name, `accepted` without
/// `project`, a string where a map is expected, a null list or an unknown key is a warning, a
/// malformed date or maturity an error; repeated traps (72 `./` logo paths, a typo on several
/// items) are reported once with their count.
/// </summary>
public sealed class LandscapeReader
{
    /// <summary>Keys of an item that the importer knows (used or deliberately not), per the landscape2 schema.</summary>
    private static readonly HashSet<string> ItemKeys = new(StringComparer.Ordinal)
    {
        "item", "name", "homepage_url", "logo", "crunchbase", "description", "repo_url", "joined", "twitter", "extra",
        "project", "second_path", "unnamed_organization", "enduser", "allow_duplicate_repo", "open_source", "project_org",
        "url_for_bestpractices", "additional_repos", "branch", "organization", "stock_ticker", "bluesky_url", "slug", "license",
    };

    /// <summary>`extra` keys mapped to a community link name.</summary>
    private static readonly Dictionary<string, string> LinkKeys = new(StringComparer.Ordinal)
    {
        ["documentation_url"] = "documentation",
        ["blog_url"] = "blog",
        ["slack_url"] = "slack",
        ["discord_url"] = "discord",
        ["gitter_url"] = "gitter",
        ["github_discussions_url"] = "githubDiscussions",
        ["mailing_list_url"] = "mailingList",
        ["stack_overflow_url"] = "stackOverflow",
        ["youtube_url"] = "youtube",
        ["linkedin_url"] = "linkedin",
        ["bluesky_url"] = "bluesky",
        ["docker_url"] = "docker",
        ["package_manager_url"] = "packageManager",
        ["dev_stats_url"] = "devstats",
        ["artwork_url"] = "artwork",
    };

    /// <summary>`extra` keys of the schema the knowledge base does not publish (item summaries, LFX and training data, …).</summary>
    private static readonly HashSet<string> KnownExtraKeys = new(StringComparer.Ordinal)
    {
        "accepted", "incubating", "graduated", "archived", "lfx_slug", "clomonitor_name", "chat_channel",
        "annual_review_date", "annual_review_url", "audits", "summary_personas", "summary_tags", "summary_use_case",
        "summary_business_use_case", "summary_release_rate", "summary_integrations", "summary_integration",
        "summary_intro_url", "summary_languages", "other_links", "parent_project", "specification", "ai",
        "training_type", "training_certifications", "tag",
    };

    private static readonly string[] AuditKeys = ["date", "type", "url", "vendor"];

    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;

    // Traps that repeat are reported once: key → (first position, count, message).
    private readonly Dictionary<string, (Position At, int Count, Func<int, string> Message)> _once = new(StringComparer.Ordinal);

    private LandscapeReader(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads the file; null when it cannot be read as a landscape at all (reported).</summary>
    public static LandscapeDocument? Read(SourceText source, DiagnosticBag diagnostics) => new LandscapeReader(source, diagnostics).Read();

    private LandscapeDocument? Read()
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new GuardedYamlParser(_source.Text));
        }
        catch (YamlException ex)
        {
            Error(At(ex.Start), "not valid YAML: " + Clean(ex.Message));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            Error(new Position(1, 1), "not valid YAML: " + ex.Message);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(new Position(1, 1), "expected a map with a `landscape:` list of categories");
            return null;
        }

        var list = Get(root, "landscape") ?? Get(root, "categories");
        if (list is not YamlSequenceNode categoriesNode)
        {
            Error(At(root.Start), "expected a `landscape:` (or `categories:`) list of categories");
            return null;
        }

        var categories = new List<LandscapeCategory>();
        var pending = new List<(YamlMappingNode Item, LandscapeSubcategory Listing)>();
        foreach (var node in categoriesNode.Children)
        {
            if (Map(node, "a category") is not { } category || Name(category, "category") is not { } name)
            {
                continue;
            }

            var index = categories.Count;
            var subcategories = new List<LandscapeSubcategory>();
            foreach (var subNode in List(category, "subcategories"))
            {
                if (Map(subNode, "a subcategory") is not { } sub || Name(sub, "subcategory") is not { } subName)
                {
                    continue;
                }

                var subcategory = new LandscapeSubcategory(name, subName, At(sub.Start), index, subcategories.Count);
                if (subcategories.Any(s => s.Name == subName))
                {
                    Warning(subcategory.At, $"subcategory `{subcategory.Path}` is listed twice; its items are read under the first");
                    subcategory = subcategories.First(s => s.Name == subName);
                }
                else
                {
                    subcategories.Add(subcategory);
                }

                foreach (var itemNode in List(sub, "items"))
                {
                    if (Map(itemNode, "an item") is { } item)
                    {
                        pending.Add((item, subcategory));
                    }
                }
            }

            if (categories.Any(c => c.Name == name))
            {
                Warning(At(category.Start), $"category `{name}` is listed twice; its subcategories are kept apart");
            }

            categories.Add(new LandscapeCategory(name, At(category.Start), index, subcategories));
        }

        var paths = categories.SelectMany(c => c.Subcategories).GroupBy(s => s.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var projects = new List<LandscapeProject>();
        var names = new Dictionary<string, Position>(StringComparer.Ordinal);
        foreach (var (item, listing) in pending)
        {
            if (ReadItem(item, listing, paths, names) is { } project)
            {
                projects.Add(project);
            }
        }

        foreach (var (at, count, message) in _once.Values.OrderBy(o => o.At.Line))
        {
            Warning(at, message(count));
        }

        return new LandscapeDocument(_source.DisplayPath, categories, projects);
    }

    private LandscapeProject? ReadItem(YamlMappingNode item, LandscapeSubcategory listing, Dictionary<string, LandscapeSubcategory> paths, Dictionary<string, Position> names)
    {
        var at = At(item.Start);
        var name = Name(item, "item");
        foreach (var (keyNode, _) in item.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key } && !ItemKeys.Contains(key))
            {
                Once("item:" + key, At(keyNode.Start), n => $"unknown item key `{key}`{Times(n, "item")}: ignored" + Near(key, ItemKeys));
            }
        }

        if (name is null)
        {
            return null;
        }

        if (names.TryGetValue(name, out var first))
        {
            Warning(at, $"duplicate name `{name}` (first at line {first.Line}): items are told apart by their place in the file, never by name alone");
        }
        else
        {
            names[name] = at;
        }

        if (Get(item, "organization") is YamlScalarNode { Value: { Length: > 0 } } orgScalar)
        {
            Warning(At(orgScalar.Start), "`organization` is text where the schema has a map `{ name: … }`: read as the name");
        }

        if (Get(item, "description") is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" } nullDescription)
        {
            Warning(At(nullDescription.Start), $"`description` of `{name}` is null: treated as missing");
        }

        var extra = Get(item, "extra") switch
        {
            null => null,
            YamlMappingNode m => m,
            var other => MapWarning(other, "extra"),
        };
        foreach (var keyNode in extra?.Children.Keys ?? [])
        {
            if (keyNode is YamlScalarNode { Value: { } key } && !KnownExtraKeys.Contains(key) && !LinkKeys.ContainsKey(key))
            {
                Once("extra:" + key, At(keyNode.Start), n => $"unknown key `extra.{key}`{Times(n, "item")}: ignored" + Near(key, [.. KnownExtraKeys, .. LinkKeys.Keys]));
            }
        }

        var logo = Scalar(item, "logo");
        if (logo is { } l && l.StartsWith("./", StringComparison.Ordinal))
        {
            Once("logo:./", At(Get(item, "logo")!.Start), n => $"{n} `logo` value{(n == 1 ? "" : "s")} start{(n == 1 ? "s" : "")} with `./`: read as file names in the logos folder");
            logo = l[2..];
        }

        var secondPaths = new List<LandscapeSubcategory>();
        foreach (var pathNode in List(item, "second_path"))
        {
            if (pathNode is not YamlScalarNode { Value: { Length: > 0 } path })
            {
                Warning(At(pathNode.Start), $"a `second_path` entry of `{name}` must be text `Category / Subcategory`: ignored");
                continue;
            }

            var key = NormalisePath(path);
            if (paths.TryGetValue(key, out var other))
            {
                if (other != listing && !secondPaths.Contains(other))
                {
                    secondPaths.Add(other);
                }

                continue;
            }

            var near = NearestMatch.Find(key, paths.Keys);
            Warning(At(pathNode.Start), $"`second_path` of `{name}` names `{path}`, which is not a subcategory of this file: that listing is left out" + (near is null ? string.Empty : $"; did you mean `{near}`?"));
        }

        var projectNode = Get(item, "project");
        var maturityText = Scalar(item, "project");
        var accepted = extra is null ? null : Get(extra, "accepted");
        if (maturityText is null)
        {
            if (accepted is not null)
            {
                Warning(At(accepted.Start), $"`{name}` has `extra.accepted` but no `project:`: read as another listing of a project, not as a CNCF project");
            }

            return null;
        }

        if (!MaturityNames.All.Contains(maturityText, StringComparer.Ordinal))
        {
            var near = NearestMatch.Find(maturityText, MaturityNames.All);
            Error(At(projectNode!.Start), $"`project: {maturityText}` of `{name}` is not a maturity: use one of {string.Join(", ", MaturityNames.All)}" + (near is null ? string.Empty : $"; did you mean `{near}`?") + "; the project is left out");
            return null;
        }

        var homepage = Url(item, "homepage_url", name, required: true);
        if (homepage is null)
        {
            return null;
        }

        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        DateOnly? Day(string key)
        {
            if (extra is null || Get(extra, key) is not { } node)
            {
                return null;
            }

            if (node is YamlScalarNode { Value: { } v } && DateOnly.TryParseExact(v.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            unreadable.Add(key);
            Error(At(node.Start), $"`extra.{key}` of `{name}` must be a date `yyyy-MM-dd`, not `{(node as YamlScalarNode)?.Value}`: the page keeps its `{key}` as it is");
            return null;
        }

        var project = new LandscapeProject
        {
            Name = name,
            At = at,
            Maturity = MaturityNames.Parse(maturityText),
            Listing = listing,
            AlsoIn = secondPaths,
            Homepage = homepage,
            Repo = Url(item, "repo_url", name),
            Logo = logo,
            LogoAt = Get(item, "logo") is { } logoNode ? At(logoNode.Start) : at,
            Description = Scalar(item, "description") is { } d && d is not ("~" or "null") ? d.Trim() : null,
            Accepted = Day("accepted"),
            Incubating = Day("incubating"),
            Graduated = Day("graduated"),
            Archived = Day("archived"),
            AnnualReview = extra is null ? null : Review(extra, name, Day),
            Audits = extra is null ? [] : Audits(extra, name, unreadable),
            Links = Links(item, extra, name),
            UnreadableKeys = unreadable,
        };
        return project;
    }

    private AnnualReview? Review(YamlMappingNode extra, string name, Func<string, DateOnly?> day)
    {
        var date = day("annual_review_date");
        var url = Url(extra, "annual_review_url", name, prefix: "extra.");
        if (date is null && url is not null)
        {
            Warning(At(Get(extra, "annual_review_url")!.Start), $"`{name}` has `extra.annual_review_url` without `annual_review_date`: the review is left out");
        }

        return date is { } d ? new AnnualReview(d, url) : null;
    }

    private List<Audit> Audits(YamlMappingNode extra, string name, HashSet<string> unreadable)
    {
        var audits = new List<Audit>();
        foreach (var node in List(extra, "audits"))
        {
            if (Map(node, "an audit") is not { } audit)
            {
                continue;
            }

            foreach (var (keyNode, _) in audit.Children)
            {
                if (keyNode is YamlScalarNode { Value: { } key } && !AuditKeys.Contains(key))
                {
                    Warning(At(keyNode.Start), $"unknown key `{key}` in an audit of `{name}`: ignored");
                }
            }

            var dateNode = Get(audit, "date");
            var date = dateNode is YamlScalarNode { Value: { } v } && DateOnly.TryParseExact(v.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
            var type = Scalar(audit, "type");
            var url = Url(audit, "url", name, prefix: "audits.");
            if (date is null || type is null || url is null)
            {
                unreadable.Add("audits");
                Error(At(audit.Start), $"an audit of `{name}` needs `date` (yyyy-MM-dd), `type` and `url`: the page keeps its audits as they are");
                continue;
            }

            audits.Add(new Audit(date.Value, type, Scalar(audit, "vendor"), url));
        }

        return [.. audits.OrderBy(a => a.Date)];
    }

    private List<CommunityLink> Links(YamlMappingNode item, YamlMappingNode? extra, string name)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string linkName, string? url)
        {
            if (url is not null)
            {
                found.TryAdd(linkName, url);
            }
        }

        if (extra is not null)
        {
            foreach (var (key, linkName) in LinkKeys)
            {
                Add(linkName, Url(extra, key, name, prefix: "extra."));
            }

            if (Scalar(extra, "clomonitor_name") is { } clomonitor && Slug.From(clomonitor) == clomonitor.ToLowerInvariant())
            {
                Add("clomonitor", $"https://clomonitor.io/projects/cncf/{clomonitor}");
            }
        }

        Add("twitter", Url(item, "twitter", name));
        Add("bluesky", Url(item, "bluesky_url", name));
        Add("bestPractices", Url(item, "url_for_bestpractices", name));
        return [.. CommunityLinkNames.All.Where(found.ContainsKey).Select(n => new CommunityLink(n, found[n]))];
    }

    /// <summary>`Category / Subcategory` with the spaces around `/` normalised, as the schema writes it.</summary>
    private static string NormalisePath(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? path.Trim() : $"{path[..slash].Trim()} / {path[(slash + 1)..].Trim()}";
    }

    private string? Url(YamlMappingNode map, string key, string name, bool required = false, string prefix = "")
    {
        var node = Get(map, key);
        if (node is null || node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" })
        {
            if (required)
            {
                Error(At(map.Start), $"`{name}` has no `{prefix}{key}`: the project is left out");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } v } && AbsoluteUri.TryParse(v.Trim(), out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return v.Trim();
        }

        var message = $"`{prefix}{key}` of `{name}` is not an http(s) URL";
        if (required)
        {
            Error(At(node.Start), message + ": the project is left out");
        }
        else
        {
            Warning(At(node.Start), message + ": left out");
        }

        return null;
    }

    private string? Name(YamlMappingNode map, string what)
    {
        if (Scalar(map, "name") is { Length: > 0 } name)
        {
            return name.Trim();
        }

        Warning(At(map.Start), $"{what} without `name`: left out with everything in it");
        return null;
    }

    private YamlMappingNode? Map(YamlNode node, string what)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        Warning(At(node.Start), $"{what} must be a map of `key: value` lines, not {Describe(node)}: left out");
        return null;
    }

    private YamlMappingNode? MapWarning(YamlNode node, string key)
    {
        Warning(At(node.Start), $"`{key}` must be a map of `key: value` lines, not {Describe(node)}: ignored");
        return null;
    }

    /// <summary>The list under <paramref name="key"/>; a null or empty value is an empty list (warned when null, as the spec lists it as a trap).</summary>
    private IReadOnlyList<YamlNode> List(YamlMappingNode map, string key)
    {
        switch (Get(map, key))
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                return [.. seq.Children];
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" } empty:
                Once("null:" + key, At(empty.Start), n => $"`{key}:` is null{Times(n, "place")}, not a list: read as empty");
                return [];
            case var other:
                Warning(At(other.Start), $"`{key}` must be a list, not {Describe(other)}: ignored");
                return [];
        }
    }

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode map, string key) =>
        Get(map, key) is YamlScalarNode { Value: { Length: > 0 } v } scalar && !(scalar.Style == ScalarStyle.Plain && v is "~" or "null") ? v : null;

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a map",
        _ => "text",
    };

    private void Once(string key, Position at, Func<int, string> message)
    {
        _once[key] = _once.TryGetValue(key, out var seen) ? (seen.At, seen.Count + 1, seen.Message) : (at, 1, message);
    }

    private static string Times(int n, string noun) => n == 1 ? string.Empty : $" (on {n} {noun}s, first here)";

    private static string Near(string key, IEnumerable<string> known) => NearestMatch.Find(key, known.ToArray()) is { } near ? $"; did you mean `{near}`?" : string.Empty;

    private static Position At(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private void Error(Position at, string message) => _diagnostics.Add(_source.Error(at.Line, at.Column, message));

    private void Warning(Position at, string message) => _diagnostics.Add(_source.Warning(at.Line, at.Column, message));

    private static string Clean(string message)
    {
        var i = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (i >= 0 && message.StartsWith('(') ? message[(i + 3)..] : message).TrimEnd('.');
    }
}
