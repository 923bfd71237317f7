using Site.Pipeline.Engine;
using Site.Pipeline.Output;

namespace Site.Pipeline.Tests.Output;

public class LiveOutputFolderTests
{
    [Fact]
    public void Writing_the_same_bytes_leaves_the_file_and_its_timestamp_alone()
    {
        using var temp = new TempFolder();
        var path = temp.WriteFile("public/blog/index.html", "<p>same</p>");
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);
        var live = new LiveOutputFolder(temp.Combine("public"));

        var written = live.Write("blog/index.html", DocumentContent.FromText("<p>same</p>"));

        Assert.False(written);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.Empty(live.Written);
    }

    [Fact]
    public void A_file_that_is_its_own_content_is_left_alone_without_being_read()
    {
        using var temp = new TempFolder();
        var path = temp.WriteFile("public/cards/abc.png", "png bytes");
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);
        var live = new LiveOutputFolder(temp.Combine("public"));
        // Locked for reading: comparing the file with itself would fail.
        using var locked = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var written = live.Write("cards/abc.png", DocumentContent.FromFile(path));

        Assert.False(written);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.Empty(live.Written);
    }

    [Fact]
    public void Staged_files_replace_the_served_ones_only_when_published()
    {
        using var temp = new TempFolder();
        temp.WriteFile("public/blog/index.html", "<p>old</p>");
        temp.WriteFile("public/about/index.html", "<p>same</p>");
        var live = new LiveOutputFolder(temp.Combine("public"));

        Assert.True(live.Staged.Write("blog/index.html", DocumentContent.FromText("<p>new</p>")));
        Assert.True(live.Staged.Write("tags/new/index.html", DocumentContent.FromText("<p>tag</p>")));
        Assert.False(live.Staged.Write("about/index.html", DocumentContent.FromText("<p>same</p>")));

        Assert.Equal("<p>old</p>", File.ReadAllText(temp.Combine("public", "blog", "index.html")));
        Assert.False(File.Exists(temp.Combine("public", "tags", "new", "index.html")));
        Assert.Empty(live.Written);

        live.PublishStaged();

        Assert.Equal("<p>new</p>", File.ReadAllText(temp.Combine("public", "blog", "index.html")));
        Assert.Equal("<p>tag</p>", File.ReadAllText(temp.Combine("public", "tags", "new", "index.html")));
        Assert.Equal(["blog/index.html", "tags/new/index.html"], live.Written.Order(StringComparer.Ordinal));
        Assert.Equal(["index.html"], Directory.GetFiles(temp.Combine("public", "blog")).Select(Path.GetFileName));
    }

    [Fact]
    public void Discarded_staged_files_leave_the_served_ones_and_no_trace()
    {
        using var temp = new TempFolder();
        temp.WriteFile("public/blog/index.html", "<p>old</p>");
        var live = new LiveOutputFolder(temp.Combine("public"));

        live.Staged.Write("blog/index.html", DocumentContent.FromText("<p>new</p>"));
        live.DiscardStaged();
        live.PublishStaged();

        Assert.Equal("<p>old</p>", File.ReadAllText(temp.Combine("public", "blog", "index.html")));
        Assert.Equal(["index.html"], Directory.GetFiles(temp.Combine("public", "blog")).Select(Path.GetFileName));
        Assert.Empty(live.Written);
    }

    [Theory]
    [InlineData("<p>new</p>")]
    [InlineData("<p>same length!</p>")]
    [InlineData("")]
    public void Changed_bytes_replace_the_file_without_leaving_temporary_files(string text)
    {
        using var temp = new TempFolder();
        temp.WriteFile("public/blog/index.html", "<p>same length?</p>");
        var live = new LiveOutputFolder(temp.Combine("public"));

        var written = live.Write("blog/index.html", DocumentContent.FromText(text));

        Assert.True(written);
        Assert.Equal(text, File.ReadAllText(temp.Combine("public", "blog", "index.html")));
        Assert.Equal(["index.html"], Directory.GetFiles(temp.Combine("public", "blog")).Select(Path.GetFileName));
        Assert.Equal(["blog/index.html"], live.Written);
    }

    [Fact]
    public void New_files_get_their_folders_and_streamed_content_is_compared_too()
    {
        using var temp = new TempFolder();
        var live = new LiveOutputFolder(temp.Combine("public"));
        var content = DocumentContent.FromWriter(s => s.Write("{\"index\":1}"u8));

        Assert.True(live.Write("zh/search/full.json", content));
        Assert.False(live.Write("zh/search/full.json", content));
        Assert.Equal("{\"index\":1}", File.ReadAllText(temp.Combine("public", "zh", "search", "full.json")));
    }

    [Fact]
    public void Paths_that_leave_the_output_folder_are_refused()
    {
        using var temp = new TempFolder();
        var live = new LiveOutputFolder(temp.Combine("public"));

        Assert.Throws<ArgumentException>(() => live.Write("../escape.html", DocumentContent.FromText("x")));
        Assert.Throws<ArgumentException>(() => live.Delete("../escape.html"));
        Assert.False(File.Exists(temp.Combine("escape.html")));
    }

    [Fact]
    public void Delete_removes_a_file_and_ignores_missing_ones()
    {
        using var temp = new TempFolder();
        temp.WriteFile("public/old/index.html", "x");
        var live = new LiveOutputFolder(temp.Combine("public"));

        live.Delete("old/index.html");
        live.Delete("old/index.html");
        live.Delete("never/there.html");

        Assert.False(File.Exists(temp.Combine("public", "old", "index.html")));
    }
}
