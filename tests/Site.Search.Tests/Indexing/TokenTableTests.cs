using Site.Search.Indexing;

namespace Site.Search.Tests.Indexing;

public sealed class TokenTableTests
{
    [Fact]
    public void Finds_every_token_added_with_its_term_and_nothing_else_as_it_grows()
    {
        var table = new TokenTable();
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(19);

        // Edge units (NUL, surrogates, U+FFFF), the empty token, and enough distinct tokens of each length to grow
        // every part of the table several times.
        string[] fixedTokens = ["", "\0", "\0\0", "a\0", "\0a", "\0\0\0", "\uFFFF", "\uFFFF\uFFFF", "\uD800", "\uD83D\uDE00", "中", "中文", "kubernetes"];
        for (int i = 0; i < 60_000 + fixedTokens.Length; i++)
        {
            string token = i < fixedTokens.Length ? fixedTokens[i] : (i % 3) switch
            {
                0 => ((char)random.Next(0x10000)).ToString(),
                1 => new string([(char)random.Next(0x4E00, 0x4F00), (char)random.Next(0x4E00, 0x4F00)]),
                _ => new string([.. Enumerable.Range(0, random.Next(3, 12)).Select(_ => (char)random.Next('a', 'z' + 1))]),
            };
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
        Assert.False(table.TryGet("kubernetesx", out _));
    }

    [Fact]
    public void Long_tokens_with_the_same_hash_stay_apart()
    {
        // Two different tokens whose 32-bit hashes collide, found by brute force among short random words.
        var random = new Random(3);
        var seen = new Dictionary<uint, string>();
        (string A, string B)? collision = null;
        while (collision is null)
        {
            string word = new([.. Enumerable.Range(0, 7).Select(_ => (char)random.Next('a', 'z' + 1))]);
            uint hash = TokenTable.Hash(word);
            if (seen.TryGetValue(hash, out string? other) && other != word)
            {
                collision = (other, word);
            }

            seen[hash] = word;
        }

        var table = new TokenTable();
        table.Add(collision.Value.A, 1);
        Assert.False(table.TryGet(collision.Value.B, out _));
        table.Add(collision.Value.B, 2);
        Assert.True(table.TryGet(collision.Value.A, out int a) && a == 1);
        Assert.True(table.TryGet(collision.Value.B, out int b) && b == 2);
    }
}
