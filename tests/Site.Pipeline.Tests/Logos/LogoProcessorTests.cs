using System.Text;
using Site.Pipeline.Logos;
using SkiaSharp;

namespace Site.Pipeline.Tests.Logos;

public sealed class LogoProcessorTests
{
    /// <summary>An SVG of about <paramref name="kilobytes"/> KB: many small shapes, as traced-photo logos are.</summary>
    internal static string HeavySvg(int kilobytes, string extra = "")
    {
        var sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 200\"" + extra + ">");
        var random = new Random(16);
        while (sb.Length < kilobytes * 1024)
        {
            sb.Append($"<path fill=\"#{random.Next(0x1000000):x6}\" d=\"M{random.Next(400)} {random.Next(200)} l{random.Next(-20, 20)} {random.Next(-20, 20)} l{random.Next(-20, 20)} {random.Next(-20, 20)}z\"/>");
        }

        return sb.Append("</svg>").ToString();
    }

    [Fact]
    public void A_small_svg_is_published_cleaned_with_its_shape_fitted_in_the_box()
    {
        var logo = LogoProcessor.Process(Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 100' onload='x()'><rect width='400' height='100'/></svg>"), ".svg", out var refusal);
        Assert.Null(refusal);
        Assert.Equal(".svg", logo!.Extension);
        Assert.False(logo.Rasterized);
        Assert.Equal((160, 40), (logo.Width, logo.Height));
        Assert.DoesNotContain("onload", Encoding.UTF8.GetString(logo.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_heavy_svg_is_drawn_into_a_webp_under_the_limit_at_twice_the_display_size()
    {
        var logo = LogoProcessor.Process(Encoding.UTF8.GetBytes(HeavySvg(300)), ".svg", out var refusal);
        Assert.Null(refusal);
        Assert.Equal(".webp", logo!.Extension);
        Assert.True(logo.Rasterized);
        Assert.True(logo.Bytes.Length <= LogoProcessor.MaxBytes, $"{logo.Bytes.Length} bytes");
        Assert.Equal((128, 64), (logo.Width, logo.Height));
        using var codec = SKCodec.Create(new MemoryStream(logo.Bytes));
        Assert.Equal((256, 128), (codec.Info.Width, codec.Info.Height));
    }

    [SharedDataFact]
    public void The_heaviest_landscape_logo_is_published_under_the_limit()
    {
        var atlantis = File.ReadAllBytes(SharedData.Path("landscape-logos/atlantis.svg"));
        Assert.True(atlantis.Length > 900_000);
        var logo = LogoProcessor.Process(atlantis, ".svg", out _);
        Assert.True(logo!.Rasterized);
        Assert.True(logo.Bytes.Length <= LogoProcessor.MaxBytes);
        Assert.True(logo.Width <= LogoProcessor.BoxWidth && logo.Height <= LogoProcessor.BoxHeight);
    }

    [Fact]
    public void A_large_png_is_scaled_down_to_a_webp()
    {
        using var bitmap = new SKBitmap(1200, 600);
        var random = new Random(3);
        for (var y = 0; y < 600; y++)
        {
            for (var x = 0; x < 1200; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        Assert.True(data.Size > LogoProcessor.MaxBytes);
        var logo = LogoProcessor.Process(data.ToArray(), ".png", out _);
        Assert.Equal(".webp", logo!.Extension);
        Assert.True(logo.Bytes.Length <= LogoProcessor.MaxBytes);
        Assert.Equal((128, 64), (logo.Width, logo.Height));
    }

    [Theory]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", ".svg", "nothing is left to draw")]
    [InlineData("not xml", ".svg", "not well-formed XML")]
    [InlineData("GIF89a", ".gif", "not a logo format")]
    [InlineData("not a png", ".png", "cannot be decoded")]
    public void A_logo_that_cannot_be_published_is_refused_with_the_reason(string text, string extension, string reason)
    {
        Assert.Null(LogoProcessor.Process(Encoding.UTF8.GetBytes(text), extension, out var refusal));
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }
}
