using Site.Content.Text;

namespace Site.Content.Markdown;

/// <summary>
/// Gives every heading a unique id. An explicit `{#id}` always wins. A translation whose outline
/// has the same shape as its source's (same number of headings, same levels in the same order)
/// takes the source's ids position by position, so `#installation` links work in every language;
/// otherwise ids are slugs of the heading text. Duplicates get `-1`, `-2`, … suffixes. Beside its id, a heading
/// may answer to the anchor GitHub would give it (<see cref="GitHubAnchors"/>).
/// </summary>
public static class HeadingIdAssigner
{
    public readonly record struct Input(int Level, string Text, string? ExplicitId);

    public static string[] Assign(IReadOnlyList<Input> headings, IReadOnlyList<Heading>? sourceOutline)
    {
        var ids = new string[headings.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in headings)
        {
            if (h.ExplicitId is { } e)
            {
                used.Add(e);
            }
        }

        var paired = sourceOutline is not null && SameShape(headings, sourceOutline);
        for (var i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            if (h.ExplicitId is { } explicitId)
            {
                ids[i] = explicitId;
                continue;
            }

            var candidate = paired ? sourceOutline![i].Id : Slug.From(h.Text);
            if (candidate.Length == 0)
            {
                candidate = "section";
            }

            var id = candidate;
            for (var n = 1; !used.Add(id); n++)
            {
                id = $"{candidate}-{n}";
            }

            ids[i] = id;
        }

        return ids;
    }

    /// <summary>
    /// For each heading, the anchor GitHub would give it (<see cref="GitHubSlugger"/>), where that differs from its id
    /// here and is no id or other such anchor of the page; else null. Markdown from GitHub READMEs and Hugo sites
    /// links `## Edit types.go` as `#edit-typesgo`, where this site's id is `edit-types-go`; the page answers to both.
    /// Headings with an explicit `{#id}` get none: that id is the one their links use.
    /// </summary>
    public static string?[] GitHubAnchors(IReadOnlyList<Input> headings, IReadOnlyList<string> ids)
    {
        var anchors = new string?[headings.Count];
        var taken = new HashSet<string>(ids, StringComparer.Ordinal);
        var slugger = new GitHubSlugger();
        for (var i = 0; i < headings.Count; i++)
        {
            var anchor = slugger.Next(headings[i].Text);
            if (headings[i].ExplicitId is null && anchor.Length > 0 && taken.Add(anchor))
            {
                anchors[i] = anchor;
            }
        }

        return anchors;
    }

    public static bool SameShape(IReadOnlyList<Input> headings, IReadOnlyList<Heading> outline)
    {
        if (headings.Count != outline.Count)
        {
            return false;
        }

        for (var i = 0; i < headings.Count; i++)
        {
            if (headings[i].Level != outline[i].Level)
            {
                return false;
            }
        }

        return true;
    }
}
