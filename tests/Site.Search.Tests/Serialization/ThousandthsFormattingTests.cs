using System.Text;
using Site.Search.Serialization;

namespace Site.Search.Tests.Serialization;

/// <summary>
/// Scores are written from their integer thousandths without the general double formatter; the text must be
/// exactly what the general formatter (checked against JavaScript elsewhere) writes for thousandths / 1000.
/// </summary>
public sealed class ThousandthsFormattingTests
{
    [Fact]
    public void Every_score_up_to_two_thousand_is_written_like_the_general_formatter()
    {
        // Every three-decimal value a lunr score takes in practice (scores are idf × boosts, a few units to hundreds).
        for (long k = -2_000_000; k <= 2_000_000; k++)
        {
            AssertSameText(k);
        }
    }

    [Theory]
    [InlineData(999_999_999_999_999d)]
    [InlineData(-999_999_999_999_999d)]
    [InlineData(123_456_789_012_345d)]
    [InlineData(1e15)]
    [InlineData(-1e15)]
    [InlineData(1e22)]
    [InlineData(1e300)]
    [InlineData(-0d)]
    public void Large_and_edge_values_are_written_like_the_general_formatter(double thousandths) => AssertSameText(thousandths);

    [Fact]
    public void Random_large_thousandths_are_written_like_the_general_formatter()
    {
        var random = new Random(20260101);
        for (int i = 0; i < 200_000; i++)
        {
            double k = Math.Floor(random.NextDouble() * Math.Pow(10, random.Next(1, 16)));
            AssertSameText(random.Next(2) == 0 ? k : -k);
        }
    }

    [Fact]
    public void Non_integer_and_non_finite_values_take_the_general_path()
    {
        foreach (double value in new[] { 0.5, -1234.25, double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            AssertSameText(value);
        }
    }

    [Fact]
    public void The_json_writer_writes_thousandths_as_a_javascript_number()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonTextWriter(stream))
        {
            writer.WriteThousandths(1500);
            writer.WriteRaw((byte)',');
            writer.WriteThousandths(7);
            writer.WriteRaw((byte)',');
            writer.WriteThousandths(-20);
        }

        Assert.Equal("1.5,0.007,-0.02", Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Both the text and the UTF-8 writers (the index writer uses the latter).</summary>
    private static void AssertSameText(double thousandths)
    {
        Span<char> fast = stackalloc char[40];
        int length = JsNumberFormatter.FormatThousandths(thousandths, fast);
        string expected = JsNumberFormatter.Format(thousandths / 1000);
        if (!fast[..length].SequenceEqual(expected))
        {
            Assert.Fail($"{thousandths:R}: expected {expected}, wrote {fast[..length].ToString()}");
        }

        Span<byte> utf8 = stackalloc byte[40];
        utf8.Fill((byte)'#');
        length = JsNumberFormatter.FormatThousandths(thousandths, utf8);
        if (!Encoding.ASCII.GetString(utf8[..length]).Equals(expected, StringComparison.Ordinal))
        {
            Assert.Fail($"{thousandths:R} as UTF-8: expected {expected}, wrote {Encoding.ASCII.GetString(utf8[..length])}");
        }
    }
}
