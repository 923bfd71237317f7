using System.Text;
using Site.Pipeline.Output;

namespace Site.Pipeline.Tests.Output;

public class ChangedFileStreamTests
{
    private const string Old = "0123456789abcdefghij";

    [Fact]
    public void The_same_bytes_written_in_pieces_leave_no_temporary_file()
    {
        using var temp = new TempFolder();
        var path = temp.WriteFile("out/a.json", Old);

        var staged = Stream(path, "0123", "456789abc", "defghij");

        Assert.Null(staged);
        Assert.Equal(["a.json"], Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("0123456789ABCDEFGHIJ")] // differs after a shared beginning
    [InlineData("0123456789abcdefghij and more")] // longer
    [InlineData("0123456789")] // shorter: the old file's beginning
    [InlineData("")]
    [InlineData("x123456789abcdefghij")] // differs at once
    public void Different_bytes_go_whole_to_a_temporary_file_and_the_old_file_stays(string text)
    {
        using var temp = new TempFolder();
        var path = temp.WriteFile("out/a.json", Old);

        var staged = Stream(path, Pieces(text));

        Assert.NotNull(staged);
        Assert.Equal(text, File.ReadAllText(staged));
        Assert.Equal(Old, File.ReadAllText(path));
    }

    [Fact]
    public void A_file_that_does_not_exist_yet_is_written_to_a_temporary_file()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("out"));

        var staged = Stream(temp.Combine("out", "new.json"), "{}");

        Assert.Equal("{}", File.ReadAllText(staged!));
    }

    [Fact]
    public void A_writer_that_fails_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var path = temp.WriteFile("out/a.json", Old);

        using (var stream = new ChangedFileStream(path))
        {
            stream.Write(Encoding.UTF8.GetBytes("changed beginning"));
        }

        Assert.Equal(["a.json"], Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName));
        Assert.Equal(Old, File.ReadAllText(path));
    }

    private static string? Stream(string path, params string[] pieces)
    {
        using var stream = new ChangedFileStream(path);
        foreach (var piece in pieces)
        {
            stream.Write(Encoding.UTF8.GetBytes(piece));
        }

        return stream.Complete();
    }

    private static string[] Pieces(string text) => text.Length < 6 ? [text] : [text[..3], text[3..7], text[7..]];
}
