using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Content.Markdown;
using Site.Content.Text;

namespace Site.Content.Loading;

/// <summary>Builds a typed page of the default language from its parsed file, validating every key.</summary>
internal static class SourcePageBuilder
{
    /// <summary>
    /// "missing front matter" with the lines to write: the title from the body's `# ` line and a post's date from its
    /// name when they say them, `…` for the rest of the required keys.
    /// </summary>
    private static string MissingFrontMatter(ParsedFile file, PageSchema schema, string? headingTitle)
    {
        var date = file.Kind == PageKind.Post ? KeyValidator.DateInFileName(file.Id) : null;
        var lines = schema.Required.Select(key => key switch
        {
            "title" => $"`title: {(headingTitle is null ? "…" : YamlValueWriter.Scalar(headingTitle))}`",
            "date" => $"`date: {(date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "…")}`",
            _ => $"`{key}: …`",
        });
        var known = new List<string>();
        if (headingTitle is not null)
        {
            known.Add("the title is the body's `# ` line, which is then left out as a repeat");
        }

        // MkDocs and Gatsby posts name their authors in the body: the list goes with the other lines, the body's line goes.
        if (file.Kind == PageKind.Post && BodyByline.Find(file.Document.BodyCompact) is { } byline)
        {
            lines = lines.Append($"`{AuthorNames.ListLine(byline.Names)}`");
            known.Add($"the authors are those of the body's {BylineLines(file.Document.BodyStartLine, byline.Line, byline.Lines)}, which you then delete");
        }

        if (date is not null)
        {
            known.Add("the date is the one its name starts with");
        }

        var missing = (headingTitle is null, file.Kind == PageKind.Post && date is null) switch
        {
            (true, true) => "give the page its title, and the post its date",
            (true, false) => "give the page its title",
            (false, true) => "give the post its date",
            _ => null,
        };
        if (missing is not null)
        {
            known.Add(missing);
        }

        return $"missing front matter: start the file with the lines `---`, {string.Join(", ", lines)}, `---` ({string.Join("; ", known)})";
    }

    /// <summary>
    /// The rules that set a byline apart at the top or the end of the post, to delete with it: followed literally, the
    /// advice left KubeEdge's closing `---` as a stray line at the end of the page.
    /// </summary>
    private static string RulesToo(int bodyStart, BodyByline.Found byline, string body)
    {
        if (byline.Rules.Count == 0)
        {
            return string.Empty;
        }

        var lines = body.Split('\n');
        var edge = byline.AtEnd ? "end" : "top";
        if (byline.Rules.Count == 1)
        {
            var rule = byline.Rules[0];
            return $" and line {bodyStart + rule}, the `{lines[rule].Trim()}` rule that would be left at the {edge} of the post";
        }

        var numbers = byline.Rules.Select(r => (bodyStart + r).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return $" and lines {string.Join(", ", numbers[..^1])} and {numbers[^1]}, the rules that would be left at the {edge} of the post";
    }

    private static string BylineLines(int bodyStart, int line, int count) =>
        count == 1 ? $"line {bodyStart + line}" : $"lines {bodyStart + line}–{bodyStart + line + count - 1}";

    /// <summary>Whether the loader reports this source file's `slug:` (<see cref="KeyValidator.ReportSlug"/>): every page but the home page.</summary>
    internal static bool DefersSlug(ParsedFile file) => file.Id != "_index.md";

    /// <summary>The page, or null when it cannot be built (errors reported); drafts are returned with <paramref name="isDraft"/> set.</summary>
    /// <param name="originAuthors">The origin site's list of authors, if the input has one: a post naming its keys is told the names.</param>
    public static Page? Build(ParsedFile file, DiagnosticBag diagnostics, out bool isDraft, AuthorList? originAuthors = null)
    {
        isDraft = false;
        var doc = file.Document;
        var source = doc.Source;
        var reader = new FrontMatterReader(source, diagnostics);
        var schema = PageSchema.For(file.Kind);
        var fm = doc.FrontMatter;

        // Front matter that is not valid YAML has been reported; the page is still built from the keys that could be
        // read (stand-ins for the rest), so that its body and translations are checked in this run.
        if (!doc.IsValid && !doc.BodyUsable)
        {
            return null;
        }

        // A file without front matter (a Docusaurus post: title in its `# ` line, date in its name) is reported with the
        // lines to write, and still built from what it says, so that its body and its translations are checked in this run.
        string? headingTitle = null;
        if (!fm.Present && file.Kind != PageKind.Home)
        {
            headingTitle = TitleLine.Of(doc.Body);
            reader.Error(new Position(1, 1), MissingFrontMatter(file, schema, headingTitle));
        }

        var suggested = new HashSet<string>(StringComparer.Ordinal);
        // A required key given under a foreign or misspelt name (`publishdate`, `titel`) stands in for the key it means,
        // once reported: the page is then built and its body and translations checked in the same run, not only after
        // the rename. (Optional keys do not stop a page from being built; their values are read once renamed.)
        Dictionary<string, FrontMatterEntry>? standIns = null;
        foreach (var e in fm.Entries)
        {
            // A `slug:` naming the page's new name is reported by the loader, which knows the other pages of the folder.
            if (!schema.Allowed.Contains(e.Key) && !(DefersSlug(file) && KeyValidator.SlugValue(e) is not null)
                && KeyValidator.ReportUnknown(e, schema, schema.Allowed, reader, block: fm, fileName: Path.GetFileNameWithoutExtension(file.Id), authors: originAuthors) is { } near)
            {
                suggested.Add(near);
                // `description:` stands in for `summary` too: else "no summary" would be reported of a page that has one.
                if (fm.Get(near) is null && (schema.Required.Contains(near)
                    || (near == "summary" && e.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))))
                {
                    (standIns ??= new(StringComparer.Ordinal)).TryAdd(near, e);
                }
            }
        }

        FrontMatterEntry? Get(string key) => fm.Get(key) ?? standIns?.GetValueOrDefault(key);

        if (fm.Present)
        {
            // A key that could not be read from invalid YAML is not missing: the YAML's error stands for it.
            suggested.UnionWith(schema.Required.Where(key => !doc.Lacks(key)));
            KeyValidator.ReportMissing(fm, schema, reader, suggested, Path.GetFileNameWithoutExtension(file.Id));
        }

        var locations = new Dictionary<string, FactLocation>(StringComparer.Ordinal);
        FactLocation Loc(Position p) => new(source.DisplayPath, p, source.Line(p.Line));

        string? Str(string key) => Get(key) is { } e ? reader.String(e) : null;
        IReadOnlyList<string> List(string key) => Get(key) is { } e ? reader.List(e) ?? [] : [];
        DateOnly? Day(string key) => Get(key) is { } e ? reader.DateOnlyValue(e) : null;
        string? Url(string key) => Get(key) is { } e ? reader.Url(e) : null;

        foreach (var e in fm.Entries)
        {
            locations[e.Key] = Loc(e.ValuePosition);
        }

        // Page ids a key lists (`projects`, `glossary`, `related`), each located for the graph's "unknown …" errors.
        IReadOnlyList<string> Ids(string key)
        {
            if (Get(key) is not { } entry || reader.ListWithPositions(entry) is not { } items)
            {
                return [];
            }

            for (var i = 0; i < items.Count; i++)
            {
                locations[$"{key}[{i}]"] = Loc(items[i].Position);
            }

            return items.Select(i => i.Value).ToArray();
        }

        // Any page may be held back while it is written; its translations wait with it.
        if (Get("draft") is { } draft && reader.Bool(draft) == true)
        {
            isDraft = true;
        }

        if (!isDraft && ScaffoldText.LineIn(doc.BodyCompact) is { } standIn)
        {
            reader.Error(new Position(doc.BodyStartLine + standIn, 1),
                "this is the stand-in text `site new` wrote, not the page's own yet: write the opening paragraph in its place (lists and feeds show it as the summary), or add `draft: true` to the front matter until the page is written");
        }

        // A missing or unreadable title or date has been reported, so the build fails; the page is still built with a
        // stand-in (its file's name; the date in that name, or Jan 1 of its year folder) so that its body and translations are checked
        // in the same run, not only once the front matter is mended.
        var title = Str("title") ?? headingTitle ?? (file.Kind == PageKind.Home ? string.Empty : file.Slug);
        var summary = Str("summary");
        SummaryRepeatsTitle.Check(reader, Get("summary"), title, summary);
        var common = new PageCommon
        {
            Language = file.Language.Code,
            Id = file.Id,
            Slug = file.Slug,
            Url = PagePath.UrlOf(file.Id, file.Language.UrlPrefix),
            SourcePath = source.DisplayPath,
            FullPath = file.FullPath,
            FactsPath = source.DisplayPath,
            Title = title,
            Summary = summary,
            Body = doc.BodyCompact,
            BodyStartLine = doc.BodyStartLine,
            ContentLanguage = file.Language.Code,
            SourceHash = SourceHash.Compute(title, summary, doc.BodyCompact),
        };

        var aliases = Aliases(fm, reader, Loc, locations, file.Id.Contains('/') ? file.Id[..file.Id.IndexOf('/')] : string.Empty);
        Page? page;
        switch (file.Kind)
        {
            case PageKind.Post:
                {
                    var written = Get("date") is { } de ? reader.Date(de) : null;
                    var yearFolder = PagePath.YearFolder(file.Id);
                    var projects = Ids("projects");
                    var tags = Tags();

                    if (written is { } d && yearFolder is { } year && year != d.Year)
                    {
                        reader.Warning(Get("date")!.ValuePosition, $"post is in the `{year}/` folder but dated {d.Year}");
                    }

                    var date = written ?? KeyValidator.DateInFileName(file.Id)
                        ?? new DateTimeOffset(yearFolder ?? DateTimeOffset.UnixEpoch.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);

                    var authorList = Get("authors") is { } authors ? AuthorNames.Read(authors, reader, originAuthors) : [];
                    // A byline and a first-published note sit at the body's ends, read once for both.
                    var edges = fm.Present ? BodyEdges.Of(doc.BodyCompact, static line => BodyByline.MayBeginOn(line) || BodyRepostNote.MayBeOn(line)) : BodyEdges.None;
                    if (fm.Present && BodyByline.Find(edges) is { } byline)
                    {
                        var these = byline.Lines == 1 ? "this line names" : $"these {byline.Lines} lines name";
                        var it = (byline.Lines == 1 ? "this line" : "them") + RulesToo(doc.BodyStartLine, byline, doc.Body);
                        reader.Warning(new Position(doc.BodyStartLine + byline.Line, 1), authorList.Count > 0 || suggested.Contains("authors")
                            ? $"{these} the post's authors, whom the front matter gives already and the page shows under its title: delete {it}"
                            : $"{these} the post's authors, whom lists, feeds and the page's byline take from the front matter: write `{AuthorNames.ListLine(byline.Names)}` there, and delete {it}");
                    }

                    if (fm.Present && BodyRepostNote.Find(edges) is { } note)
                    {
                        var given = Get("originalUrl")?.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } v } ? v.Trim() : null;
                        reader.Warning(new Position(doc.BodyStartLine + note.Line, 1), given is null
                            ? $"this line says where the post was first published: write `originalUrl: {note.Url}` in the front matter, and the page shows \"Originally published at\" with that address under the post; then delete this line"
                            : given.TrimEnd('/') == note.Url.TrimEnd('/')
                                ? "this line says where the post was first published, which `originalUrl:` gives already and the page shows under the post: delete this line"
                                : $"this line says the post was first published at {note.Url}, but `originalUrl:` gives {given}: keep the right address in `originalUrl:`, which the page shows under the post, and delete this line");
                    }

                    page = new PostPage(common, date)
                    {
                        DateIsStandIn = written is null,
                        Authors = authorList,
                        Tags = tags,
                        Projects = projects,
                        Glossary = Ids("glossary"),
                        OriginalUrl = Url("originalUrl"),
                    };
                    break;
                }

            case PageKind.Project:
                {
                    var maturity = Get("maturity") is { } me ? reader.OneOf(me, MaturityNames.All) : null;
                    var category = Str("category");
                    CheckLevelDates(fm, reader, ["accepted", "incubating", "graduated", "archived"]);
                    var alsoIn = Get("alsoIn") is { } ae ? reader.ListWithPositions(ae) ?? [] : [];
                    for (var i = 0; i < alsoIn.Count; i++)
                    {
                        locations[$"alsoIn[{i}]"] = Loc(alsoIn[i].Position);
                    }

                    page = maturity is null || category is null ? null : new ProjectPage(common, MaturityNames.Parse(maturity), category)
                    {
                        AlsoIn = alsoIn.Select(a => a.Value).ToArray(),
                        Audits = Get("audits") is { } au ? ProjectRecordReader.Audits(au, reader) : [],
                        AnnualReview = Get("annualReview") is { } ar ? ProjectRecordReader.AnnualReview(ar, reader) : null,
                        Links = Get("links") is { } li ? ProjectRecordReader.Links(li, reader) : [],
                        LandscapeName = Str("landscape"),
                        IsDelisted = Get("landscapeStatus") is { } ls && reader.OneOf(ls, LandscapeStatusNames.All) == LandscapeStatusNames.Removed,
                        Sig = Str("sig"),
                        Accepted = Day("accepted"),
                        Incubating = Day("incubating"),
                        Graduated = Day("graduated"),
                        Archived = Day("archived"),
                        Homepage = Url("homepage"),
                        Repo = Url("repo"),
                        Glossary = Ids("glossary"),
                    };
                    break;
                }

            case PageKind.Sig:
                {
                    var kind = Get("kind") is { } ke ? reader.OneOf(ke, GroupKindNames.All) : null;
                    page = kind is null ? null : new SigPage(common, GroupKindNames.Parse(kind))
                    {
                        Chairs = List("chairs"),
                        TocLiaisons = List("tocLiaisons"),
                        Meetings = Str("meetings"),
                        Channels = List("channels"),
                        Glossary = Ids("glossary"),
                    };
                    break;
                }

            case PageKind.Category:
                page = new CategoryPage(common)
                {
                    Order = Get("order") is { } oe ? reader.Int(oe) : null,
                    Parent = Str("parent"),
                    LandscapePath = Str("landscape"),
                    IsDelisted = Get("landscapeStatus") is { } cs && reader.OneOf(cs, LandscapeStatusNames.All) == LandscapeStatusNames.Removed,
                };
                break;

            case PageKind.Term:
                {
                    var category = Get("category") is { } ce ? reader.OneOf(ce, TermNames.Categories) : null;
                    var status = Get("status") is { } se ? reader.OneOf(se, TermNames.Statuses, TermNames.CncfGlossaryStatuses) : "current";
                    var related = Ids("related");
                    var replacedBy = Str("replacedBy");
                    for (var i = 0; i < related.Count; i++)
                    {
                        if (related[i] == file.Slug)
                        {
                            reader.Error(locations[$"related[{i}]"].Position, $"a term is not related to itself: remove `{file.Slug}` from `related`");
                        }
                    }

                    if (replacedBy is not null && status != "deprecated")
                    {
                        reader.Warning(Get("replacedBy")!.ValuePosition, "`replacedBy` is shown only on a deprecated term: add `status: deprecated`");
                    }

                    var tags = Tags();
                    page = category is null || status is null ? null : new TermPage(common, TermNames.ParseCategory(category))
                    {
                        Status = TermNames.ParseStatus(status),
                        Tags = tags,
                        Related = related,
                        ReplacedBy = replacedBy,
                        SortAs = Str("sortAs"),
                    };
                    break;
                }

            case PageKind.Home:
                page = new HomePage(common);
                break;

            default:
                page = new FreePage(common);
                break;
        }

        var declaredSlug = fm.Get("slug") is { } slugEntry ? KeyValidator.SlugValue(slugEntry) : null;
        // Hugo's `url:`, Gatsby's `path:` or Jekyll's `permalink:`: links to that old address are told the page's new one.
        var oldUrl = KeyValidator.UrlKeys.Select(k => fm.Get(k) is { } urlEntry ? KeyValidator.UrlKeyValue(urlEntry) : null).FirstOrDefault(u => u is not null);
        return page is null ? null : page with { FactLocations = locations, Aliases = aliases, IsDraft = isDraft, DeclaredSlug = declaredSlug, OldUrl = oldUrl };

        IReadOnlyList<string> Tags()
        {
            var tags = List("tags");
            foreach (var t in tags)
            {
                if (Slug.From(t).Length == 0)
                {
                    reader.Error(Get("tags")!.ValuePosition, $"tag `{t}` has no letters or digits, so it cannot have a tag page");
                }
            }

            return tags;
        }
    }


    /// <summary>
    /// `aliases:` as written: site paths of the default language ending in `/`. Whether one
    /// collides with a page or names another language is checked with the site's URLs.
    /// </summary>
    private static IReadOnlyList<string> Aliases(FrontMatterBlock fm, FrontMatterReader reader, Func<Position, FactLocation> loc, Dictionary<string, FactLocation> locations, string section)
    {
        if (fm.Get("aliases") is not { } e || reader.ListWithPositions(e) is not { } items)
        {
            return [];
        }

        var aliases = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (value, at) = items[i];
            var problem = AliasPath.Problem(value, section);
            if (problem is not null)
            {
                reader.Error(at, $"`aliases`: `{value}` {problem}");
                continue;
            }

            if (aliases.Contains(value, StringComparer.Ordinal))
            {
                reader.Warning(at, $"`aliases`: `{value}` is listed twice");
                continue;
            }

            locations[$"aliases[{aliases.Count}]"] = loc(at);
            aliases.Add(value);
        }

        return aliases;
    }

    /// <summary>A project reaches the levels in order, so each date must not precede an earlier level's.</summary>
    private static void CheckLevelDates(FrontMatterBlock fm, FrontMatterReader reader, string[] levels)
    {
        (string Key, DateTimeOffset Date)? previous = null;
        foreach (var key in levels)
        {
            if (fm.Get(key) is not { } e || e.Value is not YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } v }
                || !FrontMatterReader.TryParseDate(v.Trim(), out var date))
            {
                continue;
            }

            if (previous is { } p && date < p.Date && key != "archived")
            {
                reader.Warning(e.ValuePosition, $"`{key}: {v.Trim()}` is earlier than `{p.Key}`; levels are reached in order sandbox → incubating → graduated");
            }

            previous = (key, date);
        }
    }
}
