using System.Text.RegularExpressions;

namespace Site.Content.Markdown;

/// <summary>
/// Jekyll's Liquid: tags (`{% post_url 2019-12-04-lab1 %}`, `{% link _posts/….md %}`, `{% raw %}`, `{% include … %}`)
/// and the few expressions Jekyll sites write in posts (`{{ site.baseurl }}`, `{{ "{{" }}`), which Jekyll runs before
/// reading the markdown, in code as well as in text. This site does not: readers would see them as written. Outside
/// code every tag is one (no other markdown dialect writes `{%`); inside code only Liquid's escapes are, since Jinja,
/// Helm and Go templates are code samples there.
/// </summary>
internal static partial class JekyllLiquid
{
    private const string NotRead = "is Jekyll's Liquid, which this site does not read, so readers see it as text";

    /// <summary>Whether a body may hold Liquid at all (most do not: one search, then nothing more).</summary>
    public static bool MayHold(string markdown) =>
        markdown.Contains("{%", StringComparison.Ordinal) || markdown.Contains("{{", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="text"/> (a link's URL as written) holds Liquid.</summary>
    public static bool Holds(string text) => MayHold(text) && Liquid().IsMatch(text);

    /// <summary>Every Liquid tag or Jekyll expression of <paramref name="markdown"/>, with where it starts.</summary>
    public static IEnumerable<(int Index, string Text, string? Tag, string Arguments)> Find(string markdown)
    {
        foreach (Match m in Liquid().Matches(markdown))
        {
            yield return (m.Index, m.Value, m.Groups["tag"].Success ? m.Groups["tag"].Value : null, m.Groups["args"].Value.Trim());
        }
    }

    /// <summary>Liquid's escapes: in code too, they are Jekyll's and not the sample's.</summary>
    public static bool IsEscape(string? tag, string text) => tag is "raw" or "endraw" || (tag is null && IsQuotedBraces(text));

    /// <summary>
    /// The address a link tag stands for, as a path of this site (a post by its date and name, a file by its path), or
    /// null for other tags. `_posts/2019-12-04-lab1.md` and `2019-12-04-lab1` name the same post.
    /// </summary>
    public static string? AddressOf(string? tag, string arguments)
    {
        if (tag is not ("post_url" or "link") || arguments.Length == 0)
        {
            return null;
        }

        var path = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].Trim('"', '\'').TrimStart('/');
        var name = path[(path.LastIndexOf('/') + 1)..];
        var post = DatedName().Match(Path.GetFileNameWithoutExtension(name));
        if (tag == "post_url" || (path.StartsWith("_posts/", StringComparison.Ordinal) && post.Success))
        {
            return post.Success ? $"/{post.Groups[1].Value}/{post.Groups[2].Value}/{post.Groups[3].Value}/{post.Groups[4].Value}/" : null;
        }

        // A page's markdown file is published at its name's folder; any other file at its own path.
        var extension = Path.GetExtension(path);
        return extension is ".md" or ".markdown" or ".html"
            ? "/" + path[..^extension.Length] + "/"
            : "/" + path;
    }

    /// <summary>The message for a tag or expression that is not a link (a link's comes with the address it means).</summary>
    public static string Message(string? tag, string text, string arguments)
    {
        var advice = tag switch
        {
            "raw" or "endraw" => "delete it (`{{ … }}` is shown as written here, in code and in text)",
            "include" => "write what the include showed, as markdown (a callout is `{{< note >}}` … `{{< /note >}}`)",
            "highlight" => $"write the code as a fenced block: a line ```{FirstWord(arguments)} before it and a line ``` after it, in place of `{{% endhighlight %}}`",
            "endhighlight" => "write the code as a fenced block, with a line ``` in place of this tag",
            "svg" or "img" or "image" => $"show the image with `![what it shows]({FirstWord(arguments).Trim('"', '\'')})`",
            "comment" or "endcomment" => "write the note as an HTML comment, `<!-- … -->`, or delete it",
            null when QuotedBraces().Match(text) is { Success: true } quoted => $"write `{quoted.Groups["braces"].Value}`",
            null => "delete it: addresses of this site start with `/`",
            _ => "delete it, or write what it produced",
        };
        return $"`{text}` {NotRead}: {advice}";
    }

    /// <summary>The message for a link tag, given what the address it means is on this site.</summary>
    public static string LinkMessage(string text, string fix) => $"`{text}` {NotRead} and the link leads nowhere: {fix}";

    /// <summary>The post name of a dated address a link tag stands for (`/2019/12/04/lab1/` → `lab1`), or null.</summary>
    public static string? PostName(string address) => DatedAddress().Match(address) is { Success: true } m ? m.Groups[2].Value : null;

    /// <summary>What to do when the tag's page is not on this site: it is a page of the site the text comes from.</summary>
    public static string Unknown(string text, string address)
    {
        const string Elsewhere = "if it is on the site the text comes from, link to it there with its full address";
        const string OrText = "or leave the text without a link";
        if (DatedAddress().Match(address) is { Success: true } post)
        {
            return $"no post of this site is dated {post.Groups[1].Value.Replace('/', '-')} and named {post.Groups[2].Value}; {Elsewhere}, {OrText}";
        }

        // Jekyll publishes a page's `labs/lab1.md` at `/labs/lab1.html`.
        var page = Liquid().Match(text).Groups["tag"].Value == "link" && address.EndsWith('/') ? address[..^1] + ".html" : address;
        return $"no page of this site is {address}; {Elsewhere} (`https://<that site>{page}`), {OrText}";
    }

    private static bool IsQuotedBraces(string text) => QuotedBraces().IsMatch(text);

    private static string FirstWord(string arguments) => arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : string.Empty;

    /// <summary>`{% tag … %}` (with Liquid's `-` trims; not inside Hugo's `{{% tag %}}`), or `{{ site.… }}` / `{{ page.… }}` / `{{ "{{" }}`.</summary>
    [GeneratedRegex("""(?<!\{)\{%-?[ \t]*(?<tag>[A-Za-z_]\w*)(?<args>[^%\n]*?)-?%\}|\{\{-?[ \t]*(?:(?:site|page|layout|paginator|jekyll)\.[\w.]+(?:[ \t]*\|[^}\n]*)?|"(?:\{\{|\}\})"|'(?:\{\{|\}\})')[ \t]*-?\}\}""")]
    private static partial Regex Liquid();

    [GeneratedRegex("""^\{\{-?[ \t]*["'](?<braces>\{\{|\}\})["']""")]
    private static partial Regex QuotedBraces();

    [GeneratedRegex(@"^/(\d{4}/\d{2}/\d{2})/([^/]+)/$")]
    private static partial Regex DatedAddress();

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})-(.+)$")]
    private static partial Regex DatedName();
}
