using Site.Search.Indexing;
using Site.Search.Serialization;

namespace Site.Search.Tests.Indexing;

public sealed class PostingStorageTests
{
    [Fact]
    public void Pairs_read_back_in_order_whatever_their_size()
    {
        var store = new PairStore();
        var pairs = new List<(int Term, int Frequency)>();
        var random = new Random(5);
        for (int i = 0; i < 30_000; i++)
        {
            // Mostly small pairs, some with a term or a frequency too large for one int, across chunk ends.
            int term = random.Next(10) == 0 ? random.Next(1 << 23, int.MaxValue) : random.Next(1 << 23);
            int frequency = random.Next(10) == 0 ? random.Next(256, int.MaxValue) : random.Next(1, 256);
            pairs.Add((term, frequency));
            store.Add(term, frequency);
        }

        pairs.Add(((1 << 23) - 1, 255));
        store.Add((1 << 23) - 1, 255);
        PairStore.Reader reader = store.Read();
        foreach (var (term, frequency) in pairs)
        {
            reader.Next(out int readTerm, out int readFrequency);
            Assert.Equal((term, frequency), (readTerm, readFrequency));
        }
    }

    [Fact]
    public void Frequencies_of_255_and_more_are_kept_exactly()
    {
        var frequencies = new PostingFrequencies(6);
        int[] values = [1, 254, 255, 256, 70_000, int.MaxValue];
        for (int i = 0; i < values.Length; i++)
        {
            frequencies[i] = values[i];
        }

        Assert.Equal(values, Enumerable.Range(0, values.Length).Select(i => frequencies[i]));
    }

    [Fact]
    public void A_term_repeated_hundreds_of_times_is_scored_with_its_exact_frequency()
    {
        var builder = new LunrIndexBuilder();
        builder.AddField("body");
        builder.Add("a", new Dictionary<string, string?> { ["body"] = string.Join(' ', Enumerable.Repeat("kube", 300)) });
        builder.Add("b", new Dictionary<string, string?> { ["body"] = "kube mesh" });

        string json = builder.Build().ToJson(JsonEscaping.JavaScript);

        // lunr: idf = ln(1 + |(2 - 2 + 0.5) / (2 + 0.5)|), average length (300 + 2) / 2, k1 1.2, b 0.75.
        double idf = Math.Log(1 + Math.Abs((2 - 2 + 0.5) / (2 + 0.5)));
        double score = idf * ((1.2 + 1) * 300) / (1.2 * (1 - 0.75 + 0.75 * (300 / 151.0)) + 300);
        string expected = JsNumberFormatter.Format(Math.Round(score * 1000, MidpointRounding.AwayFromZero) / 1000);
        Assert.Contains($"[\"body/a\",[0,{expected}]]", json, StringComparison.Ordinal);
    }
}
