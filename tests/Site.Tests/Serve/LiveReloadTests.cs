using System.Net;
using Microsoft.AspNetCore.Http;
using Site.Cli.Serve;
using Site.Cli.Serve.LiveReload;
using Site.Content.Diagnostics;

namespace Site.Tests.Serve;

/// <summary>The server half of live reload: injection into responses only, the script, the event stream, escaping.</summary>
public class LiveReloadTests
{
    /// <summary>A bound for a hung test, never a pace: a busy machine (several suites at once) delays these by seconds.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData("<html><body><p>x</p></body></html>", "<html><body><p>x</p><script src=\"/__site/livereload.js?v=3\" defer></script></body></html>")]
    [InlineData("<p>no body tag</p>", "<p>no body tag</p><script src=\"/__site/livereload.js?v=3\" defer></script>")]
    [InlineData("<body><pre>&lt;/body&gt;</pre></BODY>", "<body><pre>&lt;/body&gt;</pre><script src=\"/__site/livereload.js?v=3\" defer></script></BODY>")]
    public void Script_tag_goes_before_the_closing_body_tag(string html, string expected) =>
        Assert.Equal(expected, HtmlInjector.Inject(html, 3));

    [Fact]
    public async Task Html_responses_carry_the_script_but_files_on_disk_and_other_types_do_not()
    {
        using var site = new TempFolder();
        var page = site.WriteFile("blog/index.html", "<html><body>blog</body></html>");
        site.WriteFile("assets/site.css", "body{}");
        var hub = new LiveReloadHub();
        hub.Succeeded([]);
        var handler = new StaticFileHandler(site.Path, hub);

        var html = await Get(handler, "/blog/");
        var head = await Get(handler, "/blog/", "HEAD");
        var css = await Get(handler, "/assets/site.css");

        Assert.Equal("<html><body>blog<script src=\"/__site/livereload.js?v=1\" defer></script></body></html>", html.Body);
        Assert.Equal(html.Length, head.Length);
        Assert.Equal("body{}", css.Body);
        Assert.Equal("<html><body>blog</body></html>", File.ReadAllText(page));
        Assert.DoesNotContain("livereload", (await Get(new StaticFileHandler(site.Path), "/blog/")).Body);
    }

    [Fact]
    public async Task Without_any_build_a_placeholder_page_still_carries_the_script()
    {
        using var temp = new TempFolder();
        var handler = new StaticFileHandler(temp.Combine("never-built"), new LiveReloadHub());

        var response = await Get(handler, "/");

        Assert.Equal(404, response.Status);
        Assert.Contains("not part of the last good build", response.Body);
        Assert.Contains(LiveReloadScript.Path, response.Body);
    }

    [Fact]
    public void Versions_count_successful_builds_and_failures_keep_the_last_good_one()
    {
        var hub = new LiveReloadHub();
        hub.Succeeded([]);
        hub.Failed([Diagnostic.Error("a.md", 1, 1, "bad")], []);

        Assert.Equal(1, hub.Current.Version);
        Assert.False(hub.Current.Succeeded);

        hub.Succeeded([]);
        Assert.Equal(2, hub.Current.Version);
        Assert.True(hub.Current.Succeeded);
    }

    [Fact]
    public void Status_json_escapes_everything_a_contributor_controls()
    {
        var status = new BuildStatus(4, false, [Diagnostic.Error("in/<x>.md", 2, 5, "bad \"</script><img src=x onerror=alert(1)>\"", "title: <b>&</b>")], ["pages/RenderPages: boom"]);

        var json = StatusJson.Write(status);

        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.DoesNotContain("&", json);
        Assert.Contains("\"version\":4", json);
        Assert.Contains("\"ok\":false", json);
        Assert.Contains("\"line\":2", json);
        Assert.Contains("error: pages/RenderPages: boom", json);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var error = parsed.RootElement.GetProperty("errors")[0];
        Assert.Equal("in/<x>.md:2:5: error: bad \"</script><img src=x onerror=alert(1)>\"", error.GetProperty("headline").GetString());
        Assert.Equal("title: <b>&</b>", error.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Event_stream_sends_the_current_status_then_every_change()
    {
        using var site = new TempFolder();
        site.WriteFile("index.html", "<body>home</body>");
        var hub = new LiveReloadHub();
        var (app, address) = await DevServer.StartAsync(site.Path, 0, CancellationToken.None, hub);
        await using (app)
        {
            using var client = new HttpClient { BaseAddress = address, Timeout = Bound };
            var script = await client.GetAsync(LiveReloadScript.Path);
            Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
            Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());

            using var response = await client.GetAsync(LiveReloadScript.EventsPath, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

            Assert.Contains("\"version\":0,\"ok\":true", await NextEventAsync(reader));
            hub.Failed([Diagnostic.Error("input/en/a.md", 3, 1, "unknown key `titel`")], []);
            var failed = await NextEventAsync(reader);
            using (var json = System.Text.Json.JsonDocument.Parse(failed["data: ".Length..]))
            {
                Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
                Assert.Equal("unknown key `titel`", json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
            }

            hub.Succeeded([]);
            Assert.Contains("\"version\":1,\"ok\":true", await NextEventAsync(reader));

            await app.StopAsync(); // must not hang on the open stream
        }
    }

    private static async Task<string> NextEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(Bound);
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new EndOfStreamException();
    }

    private static async Task<(int Status, string Body, long? Length)> Get(StaticFileHandler handler, string path, string method = "GET")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        await handler.HandleAsync(context);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync(), context.Response.ContentLength);
    }
}
