using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Site.Cli.Serve.LiveReload;

namespace Site.Cli.Serve;

/// <summary>
/// Serves the built site the way a static host does: folder URLs map to <c>index.html</c>
/// (with a redirect adding the trailing slash), misses get the language's <c>404.html</c>
/// with status 404. The root is resolved on every request because each successful rebuild
/// swaps a new folder in under the same name.
/// </summary>
/// <remarks>
/// With a <see cref="LiveReloadHub"/> (the <c>serve</c> command), HTML responses get the
/// live-reload script tag added on the way out; the files on disk never contain it.
/// </remarks>
public sealed class StaticFileHandler(string root, LiveReloadHub? liveReload = null)
{
    private const string NotBuiltPage =
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not found</title>"
        + "<body><h1>Nothing here (yet)</h1><p>This URL is not part of the last good build of the site. "
        + "If the site has not built successfully yet, fix the errors shown in the terminal; this page reloads by itself.</p></body></html>";

    private const int SwapRetries = 50;

    private static readonly TimeSpan SwapRetryDelay = TimeSpan.FromMilliseconds(10);

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    public string Root { get; } = Path.GetFullPath(root);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = request.Path.Value ?? "/";
        var (file, stream, isFolderWithoutSlash, found) = await OpenAsync(path, context.RequestAborted).ConfigureAwait(false);
        await using var _ = stream;
        if (isFolderWithoutSlash)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = request.PathBase + path + "/" + request.QueryString;
            return;
        }

        context.Response.StatusCode = found ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        context.Response.Headers.CacheControl = "no-cache";
        if (liveReload is not null && (stream is null || ContentTypeOf(file!).StartsWith("text/html", StringComparison.Ordinal)))
        {
            await SendWithLiveReloadAsync(context, stream, liveReload.Current.Version).ConfigureAwait(false);
            return;
        }

        if (stream is null)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("404 not found", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = ContentTypeOf(file!);
        context.Response.ContentLength = stream.Length;
        if (HttpMethods.IsHead(request.Method))
        {
            return;
        }

        await stream.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// The file for a URL (or the 404 page), opened. A full rebuild swaps the output folder with
    /// two renames; a request landing between them waits (bounded) for the new folder instead of
    /// getting a 404. Once open, the handle reads the same file even if its folder is swapped away.
    /// </summary>
    /// <remarks>
    /// A miss is looked up once more before the 404 page is sent: the lookup may have run between
    /// the two renames (root gone) while the 404 page is then found in the new folder, so checking
    /// that the root exists is not enough (seen: 1 in 22,626 responses under load). The second
    /// look costs a real 404 <see cref="SwapRetryDelay"/>, which a preview server can afford.
    /// </remarks>
    private async Task<(string? File, FileStream? Stream, bool IsFolderWithoutSlash, bool Found)> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var missesLookedAgain = false;
        var nothingToOpen = 0;
        for (var attempt = 0; ; attempt++)
        {
            var rootWasThere = Directory.Exists(Root);
            var file = Resolve(path, out var isFolderWithoutSlash);
            if (isFolderWithoutSlash)
            {
                return (null, null, true, false);
            }

            if (file is null && !missesLookedAgain)
            {
                missesLookedAgain = true;
                await Task.Delay(SwapRetryDelay, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var found = file is not null;
            file ??= NotFoundPage(path);
            if (file is not null && TryOpen(file) is { } stream)
            {
                return (file, stream, false, found);
            }

            // Nothing to open: wait for the swap while the root is (or was, during the lookup) missing.
            // With the root there before and after, both renames may still have run during the lookup
            // (a descheduled thread): only a second such result, a retry delay later, is believed;
            // two swaps never come that close (each follows a whole build).
            nothingToOpen++;
            if ((rootWasThere && Directory.Exists(Root) && nothingToOpen >= 2) || attempt >= SwapRetries)
            {
                return (null, null, false, false);
            }

            await Task.Delay(SwapRetryDelay, cancellationToken).ConfigureAwait(false);
        }
    }

    private static FileStream? TryOpen(string file)
    {
        try
        {
            return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static async Task SendWithLiveReloadAsync(HttpContext context, FileStream? stream, int version)
    {
        string html;
        if (stream is null)
        {
            html = NotBuiltPage;
        }
        else
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            html = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        var bytes = Encoding.UTF8.GetBytes(HtmlInjector.Inject(html, version));
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    public static string ContentTypeOf(string file)
    {
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "application/rss+xml"
            ? type + "; charset=utf-8"
            : type;
    }

    /// <summary>The file for a URL path, or null; refuses anything that is not a plain path below the root.</summary>
    internal string? Resolve(string urlPath, out bool isFolderWithoutSlash)
    {
        isFolderWithoutSlash = false;
        var segments = urlPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            // Dot segments could climb out of the root; dot files (the ownership marker) are not part of the site.
            if (segment.StartsWith('.') || segment.Contains('\\') || segment.Contains('\0'))
            {
                return null;
            }
        }

        var full = Path.Combine([Root, .. segments]);
        if (Directory.Exists(full))
        {
            if (!urlPath.EndsWith('/'))
            {
                isFolderWithoutSlash = true;
                return null;
            }

            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }

    private string? NotFoundPage(string urlPath)
    {
        var first = urlPath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is not null && !first.StartsWith('.'))
        {
            var localized = Path.Combine(Root, first, "404.html");
            if (File.Exists(localized))
            {
                return localized;
            }
        }

        var root404 = Path.Combine(Root, "404.html");
        return File.Exists(root404) ? root404 : null;
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".woff2"] = "font/woff2";
        return provider;
    }
}
