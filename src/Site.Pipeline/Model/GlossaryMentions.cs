using Site.Content;
using Site.Content.Links;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Pipeline.Incremental;

namespace Site.Pipeline.Model;

/// <summary>
/// Which pages link to each glossary term in their body (`[service mesh](/glossary/service-mesh/)`),
/// per language: a term page lists them next to the pages that name it in `glossary:` front matter.
/// Found in the rendered bodies, where links are resolved and localised (a Chinese page's link reaches
/// the Chinese term when there is one), so what is listed is exactly what a reader can follow.
/// </summary>
internal sealed class GlossaryMentions
{
    private static readonly IReadOnlyList<Page> None = [];

    private readonly Dictionary<(string Language, string TermId), List<Page>> _pages = [];

    private GlossaryMentions()
    {
    }

    /// <summary>Pages of the term's language whose body links to it (the term itself excluded), in page order (by id).</summary>
    public IReadOnlyList<Page> Of(TermPage term) => _pages.TryGetValue((term.Language, term.Id), out var pages) ? pages : None;

    public static GlossaryMentions Build(ContentSet content, Func<Page, RenderedMarkdown?> renderedOf)
    {
        var mentions = new GlossaryMentions();
        foreach (var lg in content.Graph.Languages)
        {
            if (lg.Terms.Count == 0)
            {
                continue;
            }

            foreach (var page in lg.Pages)
            {
                foreach (var termId in LinkedTerms(content, page, renderedOf(page)))
                {
                    if (termId == page.Id)
                    {
                        continue;
                    }

                    if (!mentions._pages.TryGetValue((page.Language, termId), out var list))
                    {
                        mentions._pages[(page.Language, termId)] = list = [];
                    }

                    if (list.Count == 0 || !ReferenceEquals(list[^1], page))
                    {
                        list.Add(page);
                    }
                }
            }
        }

        return mentions;
    }

    /// <summary>
    /// A fingerprint of every (page, linked term) pair: part of a build session's site shape, since a
    /// new body link changes the term page, which did not read the linking page before.
    /// </summary>
    public static ulong Fingerprint(ContentSet content, Func<Page, RenderedMarkdown?> renderedOf)
    {
        var hash = new Hash64(17);
        foreach (var lg in content.Graph.Languages)
        {
            if (lg.Terms.Count == 0)
            {
                continue;
            }

            foreach (var page in lg.Pages)
            {
                foreach (var termId in LinkedTerms(content, page, renderedOf(page)))
                {
                    hash.Add(page.Language);
                    hash.Add(page.Id);
                    hash.Add(termId);
                }
            }
        }

        return hash.Value;
    }

    /// <summary>Ids of the terms a page's body links to, in link order (repeats possible).</summary>
    private static IEnumerable<string> LinkedTerms(ContentSet content, Page page, RenderedMarkdown? rendered)
    {
        if (rendered is null)
        {
            yield break;
        }

        foreach (var link in rendered.Links)
        {
            if (link.IsImage || LinkTarget.Parse(link.Url, page.Url) is not { Path.Length: > 0 } target)
            {
                continue;
            }

            var path = target.Path.EndsWith("/index.html", StringComparison.Ordinal) ? target.Path[..^"index.html".Length] : target.Path;
            if (content.ByUrl(path) is TermPage term)
            {
                yield return term.Id;
            }
        }
    }
}
