using Site.Pipeline.Engine;

namespace Site.Pipeline.Modules;

/// <summary>
/// Marks a deploy preview as not for search engines: a robots meta tag right after
/// <c>&lt;head&gt;</c> of every page, and a Netlify <c>_headers</c> file sending
/// <c>X-Robots-Tag: noindex</c> for every URL (covers feeds and assets too). robots.txt is
/// left alone on purpose: a crawler barred by it never sees the noindex and may still list the URLs.
/// </summary>
public sealed class AddNoindex : IModule
{
    public const string MetaTag = "<meta name=\"robots\" content=\"noindex, nofollow\">";

    public const string HeadersFile = "_headers";

    public const string HeadersText = "/*\n  X-Robots-Tag: noindex, nofollow\n";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var output = new Document[inputs.Count + 1];
        Parallel.For(0, inputs.Count, context.ParallelOptions, i =>
        {
            var document = inputs[i];
            output[i] = document.Destination is { } d && d.EndsWith(".html", StringComparison.Ordinal) && document.Content.IsText
                ? document.WithText(Insert(document.Content.GetText()))
                : document;
        });
        output[^1] = Document.FromText(null, HeadersFile, HeadersText);
        return output;
    }

    /// <summary>Inserts the tag after the opening head tag (any attributes, any case); pages without one get it first.</summary>
    public static string Insert(string html)
    {
        var head = html.IndexOf("<head", StringComparison.OrdinalIgnoreCase);
        while (head >= 0 && head + 5 < html.Length && html[head + 5] is not ('>' or ' ' or '\t' or '\n' or '\r'))
        {
            head = html.IndexOf("<head", head + 5, StringComparison.OrdinalIgnoreCase); // skip <header>
        }

        var end = head >= 0 ? html.IndexOf('>', head) : -1;
        return end < 0 ? MetaTag + "\n" + html : string.Concat(html.AsSpan(0, end + 1), "\n", MetaTag, html.AsSpan(end + 1));
    }
}
