using Site.Search.Indexing;

namespace Site.Search.Tests.Indexing;

public sealed class ShortTokenTableTests
{
    [Fact]
    public void Finds_every_token_added_with_its_term_and_nothing_else_as_it_grows()
    {
        var table = new ShortTokenTable();
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(19);

        // Edge units (NUL, surrogates, U+FFFF) and enough distinct pairs to grow the table several times.
        string[] fixedTokens = ["\0", "\0\0", "a\0", "\0a", "\uFFFF", "\uFFFF\uFFFF", "\uD800", "\uD83D\uDE00", "中", "中文"];
        for (int i = 0; i < 50_000 + fixedTokens.Length; i++)
        {
            string token = i < fixedTokens.Length ? fixedTokens[i]
                : random.Next(4) == 0 ? ((char)random.Next(0x10000)).ToString()
                : new string([(char)random.Next(0x4E00, 0x4F00), (char)random.Next(0x4E00, 0x4F00)]);
            if (expected.ContainsKey(token))
            {
                continue;
            }

            Assert.False(table.TryGet(token, out _), token);
            int term = i % 7 == 0 ? -1 : i; // -1: a token the pipeline drops
            table.Add(token, term);
            expected.Add(token, term);
        }

        foreach (var (token, term) in expected)
        {
            Assert.True(table.TryGet(token, out int found), token);
            Assert.Equal(term, found);
        }

        Assert.False(table.TryGet("\u4F00\u4F00", out _));
        Assert.True(ShortTokenTable.Holds("ab") && ShortTokenTable.Holds("a"));
        Assert.False(ShortTokenTable.Holds("") || ShortTokenTable.Holds("abc"));
    }
}
