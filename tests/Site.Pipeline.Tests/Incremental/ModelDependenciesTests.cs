using Site.Pipeline.Incremental;

namespace Site.Pipeline.Tests.Incremental;

/// <summary>
/// After a post moved to another date, the record of which outputs read which pages is carried to the new
/// plan by URL: each old position maps to the position of the same URL in the new plan.
/// </summary>
public class ModelDependenciesTests
{
    [Fact]
    public void A_post_moved_back_shifts_the_jobs_between_its_old_and_new_places_and_no_other()
    {
        string[] before = ["/", "/blog/e/", "/blog/d/", "/blog/c/", "/blog/b/", "/blog/a/", "/tags/x/"];
        string[] after = ["/", "/blog/e/", "/blog/c/", "/blog/b/", "/blog/d/", "/blog/a/", "/tags/x/"];

        var remap = ModelDependencies.Remap(before, after);

        Assert.Equal([0, 1, 4, 2, 3, 5, 6], remap);
        for (var position = 0; position < before.Length; position++)
        {
            Assert.Equal(before[position], after[remap[position]]);
        }
    }

    [Theory]
    [InlineData("/a/,/b/,/c/", "/c/,/a/,/b/")]
    [InlineData("/a/,/b/,/c/", "/b/,/c/,/a/")]
    [InlineData("/a/,/b/,/c/", "/a/,/b/,/c/")]
    [InlineData("/a/", "/a/")]
    [InlineData("", "")]
    public void Every_old_position_maps_to_the_same_url_in_the_new_plan(string before, string after)
    {
        var old = before.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var now = after.Split(',', StringSplitOptions.RemoveEmptyEntries);

        var remap = ModelDependencies.Remap(old, now);

        Assert.Equal(old.Length, remap.Length);
        Assert.Equal(old, remap.Select(position => now[position]));
    }

    [Fact]
    public void Plans_of_different_lengths_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModelDependencies.Remap(["/a/", "/b/"], ["/a/"]));

        Assert.Contains("same pages", error.Message);
    }
}
