using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Site.Cli.Serve.LiveReload;

namespace Site.Cli.Serve;

/// <summary>Kestrel on 127.0.0.1 only (a preview server must not be reachable from the network).</summary>
public static class DevServer
{
    /// <summary>
    /// Starts serving <paramref name="root"/>; port 0 picks a free port. With
    /// <paramref name="liveReload"/>, HTML responses carry the live-reload script and
    /// <c>/__site/…</c> serves it and its event stream. Returns the running app and its address.
    /// </summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(
        string root, int port, CancellationToken cancellationToken, LiveReloadHub? liveReload = null)
    {
        // No configuration reload: it watches the content root recursively, and inotify watches are
        // a per-user budget shared with serve's own source watcher (a large folder here once used it
        // up, and edits stopped reaching the rebuild loop). The app's own folder holds no config files.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        // Open event streams must not hold up Ctrl+C; they end on ApplicationStopping.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var files = new StaticFileHandler(root, liveReload);
        if (liveReload is null)
        {
            app.Run(files.HandleAsync);
        }
        else
        {
            var endpoints = new LiveReloadEndpoints(liveReload, app.Lifetime.ApplicationStopping);
            app.Run(context => LiveReloadEndpoints.Handles(context.Request.Path) ? endpoints.HandleAsync(context) : files.HandleAsync(context));
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        // With port 0 the real port is only known from the server's address feature after start.
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var address = new Uri(addresses!.Addresses.First().Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal) + "/");
        return (app, address);
    }
}
