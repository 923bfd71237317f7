using System.Net;
using Site.Cli.Serve;

namespace Site.Tests.Serve;

public class DevServerTests
{
    [Fact]
    public async Task Serves_the_output_folder_over_http_on_loopback()
    {
        using var site = new TempFolder();
        site.WriteFile("index.html", "<h1>home</h1>");
        site.WriteFile("feed.xml", "<rss/>");

        var (app, address) = await DevServer.StartAsync(site.Path, 0, CancellationToken.None);
        await using (app)
        {
            Assert.Equal("127.0.0.1", address.Host);
            using var client = new HttpClient { BaseAddress = address };
            var home = await client.GetAsync("/");
            var feed = await client.GetAsync("/feed.xml");
            var missing = await client.GetAsync("/nope/");

            Assert.Equal("<h1>home</h1>", await home.Content.ReadAsStringAsync());
            Assert.Equal("application/xml", feed.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            await app.StopAsync();
        }
    }

    /// <summary>
    /// Regression: the host used the temp folder as content root and reloaded its configuration
    /// on change, so ASP.NET Core watched the whole temp folder recursively. With a large temp
    /// folder that used up the machine's inotify watches, and serve's own watcher (which shares
    /// the process's inotify instance) stopped seeing edits after the first one.
    /// </summary>
    [Fact]
    public async Task Serving_sets_up_no_file_watches_of_its_own_outside_the_sources()
    {
        using var site = new TempFolder();
        site.WriteFile("index.html", "<h1>home</h1>");

        var (app, _) = await DevServer.StartAsync(site.Path, 0, CancellationToken.None);
        await using (app)
        {
            var configuration = (Microsoft.Extensions.Configuration.IConfigurationRoot)app.Configuration;
            var files = configuration.Providers.OfType<Microsoft.Extensions.Configuration.FileConfigurationProvider>().ToList();
            Assert.All(files, provider => Assert.False(provider.Source.ReloadOnChange, $"{provider} reloads on change"));
            Assert.NotEqual(
                Path.TrimEndingDirectorySeparator(Path.GetTempPath()),
                Path.TrimEndingDirectorySeparator(app.Environment.ContentRootPath));
            await app.StopAsync();
        }
    }
}
