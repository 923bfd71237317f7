using Microsoft.AspNetCore.Http;
using Site.Cli.Serve;

namespace Site.Tests.Serve;

public class StaticFileHandlerTests
{
    private static async Task<HttpResponse> Get(StaticFileHandler handler, string path, string method = "GET")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        await handler.HandleAsync(context);
        return context.Response;
    }

    private static string Body(HttpResponse response)
    {
        response.Body.Position = 0;
        return new StreamReader(response.Body).ReadToEnd();
    }

    private static TempFolder Site()
    {
        var temp = new TempFolder();
        temp.WriteFile("index.html", "home");
        temp.WriteFile("blog/index.html", "blog");
        temp.WriteFile("404.html", "not found");
        temp.WriteFile("zh/404.html", "找不到");
        temp.WriteFile("sitemap.xml", "<urlset/>");
        temp.WriteFile("assets/js/search.js", "js");
        temp.WriteFile("assets/css/site.css", "css");
        temp.WriteFile("search/en.json", "{}");
        temp.WriteFile(".site-generator", "marker");
        return temp;
    }

    [Fact]
    public async Task Folder_urls_serve_index_html()
    {
        using var site = Site();
        var response = await Get(new StaticFileHandler(site.Path), "/blog/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("blog", Body(response));
        Assert.Equal("text/html; charset=utf-8", response.ContentType);
    }

    [Fact]
    public async Task Folder_without_trailing_slash_redirects()
    {
        using var site = Site();
        var response = await Get(new StaticFileHandler(site.Path), "/blog");

        Assert.Equal(301, response.StatusCode);
        Assert.Equal("/blog/", response.Headers.Location.ToString());
    }

    [Theory]
    [InlineData("/sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("/assets/js/search.js", "text/javascript; charset=utf-8")]
    [InlineData("/assets/css/site.css", "text/css; charset=utf-8")]
    [InlineData("/search/en.json", "application/json; charset=utf-8")]
    public async Task Content_types_match_the_extension(string path, string type)
    {
        using var site = Site();
        var response = await Get(new StaticFileHandler(site.Path), path);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(type, response.ContentType);
    }

    [Fact]
    public async Task Misses_get_the_404_page_of_their_language()
    {
        using var site = Site();
        var handler = new StaticFileHandler(site.Path);

        var en = await Get(handler, "/no/such/page/");
        var zh = await Get(handler, "/zh/no/such/page/");

        Assert.Equal(404, en.StatusCode);
        Assert.Equal("not found", Body(en));
        Assert.Equal(404, zh.StatusCode);
        Assert.Equal("找不到", Body(zh));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/assets/../../secret.txt")]
    [InlineData("/.site-generator")]
    [InlineData("/assets/..%2f..%2fsecret.txt")]
    public async Task Paths_leaving_the_root_or_dot_files_are_not_served(string path)
    {
        using var site = Site();
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(site.Path)!, "secret.txt"), "secret");
        var response = await Get(new StaticFileHandler(site.Path), path);

        Assert.Equal(404, response.StatusCode);
        Assert.DoesNotContain("secret", Body(response));
    }

    [Fact]
    public async Task Head_returns_headers_only_and_other_methods_are_refused()
    {
        using var site = Site();
        var handler = new StaticFileHandler(site.Path);

        var head = await Get(handler, "/", "HEAD");
        var post = await Get(handler, "/", "POST");

        Assert.Equal(200, head.StatusCode);
        Assert.Equal(4, head.ContentLength);
        Assert.Equal("", Body(head));
        Assert.Equal(405, post.StatusCode);
    }

    [Fact]
    public async Task A_swapped_in_folder_is_served_without_restarting()
    {
        using var temp = new TempFolder();
        var root = temp.WriteFile("out/index.html", "v1");
        var handler = new StaticFileHandler(temp.Combine("out"));
        Assert.Equal("v1", Body(await Get(handler, "/")));

        Directory.Move(temp.Combine("out"), temp.Combine("old"));
        temp.WriteFile("out/index.html", "v2");

        Assert.Equal("v2", Body(await Get(handler, "/")));
    }
}
