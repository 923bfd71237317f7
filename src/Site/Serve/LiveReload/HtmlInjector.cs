namespace Site.Cli.Serve.LiveReload;

/// <summary>Adds the live-reload script tag to an HTML response (before <c>&lt;/body&gt;</c>, else at the end).</summary>
public static class HtmlInjector
{
    public static string Tag(int version) => $"<script src=\"{LiveReloadScript.Path}?v={version}\" defer></script>";

    public static string Inject(string html, int version)
    {
        var tag = Tag(version);
        var body = html.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        return body < 0 ? html + tag : string.Concat(html.AsSpan(0, body), tag, html.AsSpan(body));
    }
}
