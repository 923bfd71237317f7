using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Site.Cli.Serve;

/// <summary>Kestrel on 127.0.0.1 only (a preview server must not be reachable from the network).</summary>
public static class DevServer
{
    /// <summary>Starts serving <paramref name="root"/>; port 0 picks a free port. Returns the running app and its address.</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string root, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var handler = new StaticFileHandler(root);
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        // With port 0 the real port is only known from the server's address feature after start.
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var address = new Uri(addresses!.Addresses.First().Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal) + "/");
        return (app, address);
    }
}
