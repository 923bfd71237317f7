using Site.Pipeline.Engine;

namespace Site.Pipeline.Tests.Engine;

public class DocumentTests
{
    [Fact]
    public void With_methods_return_copies_and_leave_the_original_unchanged()
    {
        var original = Document.FromText("en/a.md", "a/index.html", "body").WithMetadata("title", "A");

        var changed = original.WithText("other").WithMetadata("title", "B").WithDestination("b/index.html");

        Assert.Equal("body", original.Content.GetText());
        Assert.Equal("A", original.Get("title", ""));
        Assert.Equal("a/index.html", original.Destination);
        Assert.Equal("other", changed.Content.GetText());
        Assert.Equal("B", changed.Get("title", ""));
        Assert.Equal("b/index.html", changed.Destination);
        Assert.Equal("en/a.md", changed.Source);
    }

    [Fact]
    public void Destination_is_normalised_to_forward_slashes_without_leading_slash()
    {
        var document = new Document(null, "/zh\\blog\\index.html");

        Assert.Equal("zh/blog/index.html", document.Destination);
    }

    [Fact]
    public void Typed_metadata_access_distinguishes_missing_and_wrong_type()
    {
        var document = new Document("x", null).WithMetadata("count", 3);

        Assert.True(document.TryGet<int>("count", out var count));
        Assert.Equal(3, count);
        Assert.False(document.TryGet<string>("count", out _));
        Assert.Equal("none", document.Get("missing", "none"));
        Assert.Throws<KeyNotFoundException>(() => document.GetRequired<string>("missing"));
    }

    [Fact]
    public void Bytes_content_is_copied_so_callers_cannot_mutate_it()
    {
        var bytes = new byte[] { 1, 2, 3 };
        var content = DocumentContent.FromBytes(bytes);
        bytes[0] = 9;

        Assert.Equal(new byte[] { 1, 2, 3 }, content.GetBytes());
    }

    [Fact]
    public void File_content_is_read_only_when_needed()
    {
        using var temp = new TempFolder();
        var path = temp.WriteFile("asset.css", "body{}");
        var content = DocumentContent.FromFile(path);
        File.WriteAllText(path, "changed{}");

        Assert.Equal("changed{}", content.GetText());
        var copy = temp.Combine("copy.css");
        content.WriteTo(copy);
        Assert.Equal("changed{}", File.ReadAllText(copy));
    }

    [Fact]
    public void Streamed_content_is_written_whole_in_small_and_large_pieces_and_replaces_an_existing_file()
    {
        using var temp = new TempFolder();
        var large = new byte[200_000];
        new Random(7).NextBytes(large);
        var content = DocumentContent.FromWriter(s =>
        {
            s.Write("{"u8);
            s.Write(large);
            s.WriteByte((byte)'}');
        });
        var path = temp.WriteFile("search/full/0.json", new string('x', 300_000));

        content.WriteTo(path);
        content.WriteTo(temp.Combine("search", "full", "1.json"));

        byte[] expected = [(byte)'{', .. large, (byte)'}'];
        Assert.Equal(expected, File.ReadAllBytes(path));
        Assert.Equal(expected, File.ReadAllBytes(temp.Combine("search", "full", "1.json")));
    }

    [Fact]
    public void Borrowed_bytes_write_exactly_their_slice_of_the_buffer_to_a_new_file_and_over_a_changed_one()
    {
        using var temp = new TempFolder();
        var buffer = new byte[64];
        Array.Fill(buffer, (byte)'#');
        "<p>page</p>"u8.CopyTo(buffer.AsSpan(3));
        var content = DocumentContent.FromBorrowedBytes(buffer.AsMemory(3, 11));
        var changed = temp.WriteFile("b/index.html", "<p>an older, longer page</p>");

        content.WriteTo(temp.Combine("a.html"));
        var replaced = content.WriteIfChanged(changed);
        var again = content.WriteIfChanged(changed);

        Assert.Equal("<p>page</p>"u8.ToArray(), File.ReadAllBytes(temp.Combine("a.html")));
        Assert.Equal("<p>page</p>"u8.ToArray(), File.ReadAllBytes(changed));
        Assert.True(replaced);
        Assert.False(again);
        Assert.Equal("<p>page</p>", content.GetText());
    }
}
