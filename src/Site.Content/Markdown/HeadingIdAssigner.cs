using Site.Content.Text;

namespace Site.Content.Markdown;

/// <summary>
/// Gives every heading a unique id. An explicit `{#id}` always wins. A translation whose outline
/// has the same shape as its source's (same number of headings, same levels in the same order)
/// takes the source's ids position by position, so `#installation` links work in every language;
/// otherwise ids are slugs of the heading text. Duplicates get `-1`, `-2`, … suffixes.
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
