using System.Text;
using Microsoft.AspNetCore.Http;

namespace Site.Cli.Serve.LiveReload;

/// <summary>
/// The two URLs of live reload: the script and the server-sent event stream. The stream ends
/// when the browser goes away or the server stops; a comment every 15 s keeps proxies from
/// closing it and lets Kestrel notice dead clients.
/// </summary>
public sealed class LiveReloadEndpoints(LiveReloadHub hub, CancellationToken serverStopping)
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static bool Handles(PathString path) => path.StartsWithSegments("/__site", StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path == LiveReloadScript.Path)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.WriteAsync(LiveReloadScript.Text, context.RequestAborted).ConfigureAwait(false);
        }
        else if (path == LiveReloadScript.EventsPath)
        {
            await StreamAsync(context).ConfigureAwait(false);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private async Task StreamAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, serverStopping);
        using var subscription = hub.Subscribe();
        try
        {
            // A short retry keeps the page in step when `serve` restarts.
            await Write(response, "retry: 1000\n\n", stop.Token).ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                using (var beat = CancellationTokenSource.CreateLinkedTokenSource(stop.Token))
                {
                    beat.CancelAfter(Heartbeat);
                    try
                    {
                        if (!await subscription.Reader.WaitToReadAsync(beat.Token).ConfigureAwait(false))
                        {
                            return;
                        }
                    }
                    catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                    {
                        await Write(response, ": ping\n\n", stop.Token).ConfigureAwait(false);
                        continue;
                    }
                }

                while (subscription.Reader.TryRead(out var status))
                {
                    await Write(response, $"event: status\ndata: {StatusJson.Write(status)}\n\n", stop.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The browser left or the server is stopping.
        }
    }

    private static async Task Write(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
