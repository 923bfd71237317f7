using Site.Content.FrontMatter;

namespace Site.Cli.Scaffolding;

/// <summary>Writes front matter values that YAML reads back exactly, whatever a title contains (the same writer as the landscape import and `site move`).</summary>
internal static class YamlText
{
    /// <summary>A double-quoted scalar: quotes, backslashes and control characters escaped.</summary>
    public static string Quote(string value) => YamlValueWriter.Quote(value);

    /// <summary>A flow list of quoted strings: <c>["a", "b"]</c>.</summary>
    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";
}
