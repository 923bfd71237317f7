using System.Text.RegularExpressions;
using Site.Content.FrontMatter;

namespace Site.Content.Loading;

/// <summary>
/// A post's `authors:`, names shown as plain text, in the source or in a translation (which may write a name as
/// readers of its language know it: 金喆 for Zhe Jin). A markdown link (Docsy's `author: "[Name](https://…)"`)
/// would show its brackets and address, so it is an error that gives the name alone.
/// </summary>
internal static partial class AuthorNames
{
    public static IReadOnlyList<string> Read(FrontMatterEntry entry, FrontMatterReader reader)
    {
        if (reader.ListWithPositions(entry) is not { } items)
        {
            return [];
        }

        foreach (var (value, position) in items)
        {
            var name = MarkdownLink().Replace(value, "$1");
            if (name != value)
            {
                reader.Error(position, $"`authors` holds names, shown as plain text: `{value}` would show its brackets and address; write `{name}`");
            }
        }

        return items.Select(i => i.Value).ToArray();
    }

    /// <summary>`[text](target)`, the text in group 1.</summary>
    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
}
