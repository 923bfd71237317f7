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

    /// <summary>Writes are gathered into chunks before they are compared: pieces of any size, across chunk boundaries, compare the same.</summary>
    [Theory]
    [InlineData(-1)] // the same bytes
    [InlineData(0)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(150_001)]
    [InlineData(199_999)]
    public void Many_small_and_large_writes_across_chunks_are_compared_exactly(int changedAt)
    {
        using var temp = new TempFolder();
        var old = new byte[200_000];
        new Random(7).NextBytes(old);
        var path = Path.Combine(temp.Path, "big.bin");
        File.WriteAllBytes(path, old);
        var now = (byte[])old.Clone();
        if (changedAt >= 0)
        {
            now[changedAt] ^= 0xFF;
        }

        string? staged;
        using (var stream = new ChangedFileStream(path))
        {
            var random = new Random(changedAt);
            for (var at = 0; at < now.Length;)
            {
                // Mostly single bytes and small writes (an encoder), now and then one larger than a chunk.
                var length = Math.Min(now.Length - at, random.Next(10) == 0 ? random.Next(1, 100_000) : random.Next(1, 40));
                if (length == 1)
                {
                    stream.WriteByte(now[at]);
                }
                else
                {
                    stream.Write(now, at, length);
                }

                at += length;
            }

            Assert.Equal(now.Length, stream.Length);
            staged = stream.Complete();
        }

        if (changedAt < 0)
        {
            Assert.Null(staged);
        }
        else
        {
            Assert.NotNull(staged);
            Assert.Equal(now, File.ReadAllBytes(staged));
        }

        Assert.Equal(old, File.ReadAllBytes(path));
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
