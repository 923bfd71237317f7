using Site.Content.FrontMatter;
using Site.Content.Text;

namespace Site.Content.Loading;

/// <summary>Reports unknown and missing front matter keys, suggesting the nearest valid key.</summary>
internal static class KeyValidator
{
    public static string? ReportUnknown(FrontMatterEntry e, PageSchema schema, IReadOnlyList<string> allowed, FrontMatterReader reader, string? context = null)
    {
        var near = NearestMatch.Find(e.Key, allowed);
        var message = $"unknown key `{e.Key}` for {schema.Noun}{context}";
        if (ForeignKeyHints.For(e.Key, allowed, out var use) is { } hint)
        {
            // A key another site generator uses: say what this site does instead, rather than the nearest spelling.
            message += $": {hint}";
            near = use;
        }
        else if (near is not null)
        {
            message += $"; did you mean `{near}`?";
        }
        else
        {
            var owner = PageSchema.All.FirstOrDefault(s => s != schema && s.Allowed.Contains(e.Key));
            message += owner is not null
                ? $" (`{e.Key}` belongs to {owner.Noun}); valid keys: {string.Join(", ", allowed)}"
                : $"; valid keys: {string.Join(", ", allowed)}";
        }

        reader.Error(e.KeyPosition, message);
        return near;
    }

    public static void ReportMissing(FrontMatterBlock block, PageSchema schema, FrontMatterReader reader, IReadOnlySet<string> alreadySuggested)
    {
        foreach (var key in schema.Required)
        {
            // A misspelt key already got "did you mean"; saying it is missing too would be noise.
            if (block.Get(key) is null && !alreadySuggested.Contains(key))
            {
                reader.Error(new Position(1, 1), $"missing required key `{key}` ({schema.Noun} need {string.Join(", ", schema.Required.Select(k => $"`{k}`"))})");
            }
        }
    }
}
