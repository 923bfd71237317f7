using Site.Pipeline.Model;

namespace Site.Pipeline.Tests.Model;

public class PaginationTests
{
    private static string Window(int current, int total) => string.Join(" ", ((List<object?>)Pagination.Build(current, total, n => $"/p/{n}/")["pages"]!)
        .Cast<ModelMap>()
        .Select(p => (bool)p["is_gap"]! ? "…" : (bool)p["is_current"]! ? $"[{p["number"]}]" : $"{p["number"]}"));

    [Theory]
    [InlineData(1, 1, "[1]")]
    [InlineData(1, 3, "[1] 2 3")]
    [InlineData(1, 1000, "[1] 2 3 … 1000")]
    [InlineData(500, 1000, "1 … 498 499 [500] 501 502 … 1000")]
    [InlineData(1000, 1000, "1 … 998 999 [1000]")]
    [InlineData(4, 7, "1 2 3 [4] 5 6 7")]
    public void Window_shows_first_last_and_neighbours_with_gaps(int current, int total, string expected) =>
        Assert.Equal(expected, Window(current, total));

    [Fact]
    public void Previous_is_newer_and_next_is_older()
    {
        var middle = Pagination.Build(2, 3, n => $"/p/{n}/");
        var first = Pagination.Build(1, 3, n => $"/p/{n}/");

        Assert.Equal("/p/1/", middle["prev_url"]);
        Assert.Equal("/p/3/", middle["next_url"]);
        Assert.Null(first["prev_url"]);
    }
}
