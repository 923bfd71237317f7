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
}
