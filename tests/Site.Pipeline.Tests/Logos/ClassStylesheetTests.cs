using System.Text;
using Site.Content.Logos;
using Site.Pipeline.Logos;
using SkiaSharp;
using Svg.Skia;

namespace Site.Pipeline.Tests.Logos;

public sealed class ClassStylesheetTests
{
    private const int Size = 100;

    // Each 10-unit column tests one rule of the cascade; the expected colour is what a browser shows.
    private const string Cascade = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
        <defs><clipPath id="left"><rect width="5" height="100"/></clipPath></defs>
        <style>
          .red{fill:#f00}
          .green,.also-green{fill:#0f0}
          .blue{fill:#00f}
          .late{fill:#f00}
          .late{fill:#0ff}
          .cut{clip-path:url(#left)}
          .group{fill:#ff0}
        </style>
        <rect x="0" width="10" height="100" class="red"/>
        <rect x="10" width="10" height="100" class="blue green"/>
        <rect x="20" width="10" height="100" class="also-green"/>
        <rect x="30" width="10" height="100" class="late"/>
        <rect x="40" width="10" height="100" class="red" style="fill:#f0f"/>
        <rect x="50" width="10" height="100" class="blue" fill="#f00"/>
        <g class="group"><rect x="60" width="10" height="100"/></g>
        <g transform="translate(70 0)"><rect width="10" height="100" class="cut red"/></g>
        </svg>
        """;

    [Fact]
    public void Class_rules_move_onto_their_elements_and_draw_what_the_stylesheet_draws()
    {
        var inlined = ClassStylesheet.Inline(Cascade);

        Assert.NotNull(inlined);
        Assert.DoesNotContain("<style", inlined, StringComparison.Ordinal);
        var pixels = Draw(inlined);
        Assert.Equal(Draw(Cascade).Bytes, pixels.Bytes);
        SKColor At(int x) => pixels.GetPixel(x, 50);
        Assert.Equal(SKColors.Red, At(5));
        Assert.Equal(SKColors.Blue, At(15)); // class="blue green": the rule written last wins, not the class listed last
        Assert.Equal(SKColors.Lime, At(25)); // one of a selector list
        Assert.Equal(SKColors.Cyan, At(35)); // a later rule for the same class
        Assert.Equal(SKColors.Magenta, At(45)); // the element's own style wins over a rule
        Assert.Equal(SKColors.Blue, At(55)); // a rule wins over a presentation attribute
        Assert.Equal(SKColors.Yellow, At(65)); // inherited from a styled group
        Assert.Equal(SKColors.Red, At(72)); // clipped by a class's clip-path: the left half drawn …
        Assert.Equal(SKColors.Empty, At(77)); // … the right half not
    }

    [Theory]
    [InlineData("<style>path{fill:#f00}</style>")]
    [InlineData("<style>#shape{fill:#f00}</style>")]
    [InlineData("<style>.a.b{fill:#f00}</style>")]
    [InlineData("<style>.a .b{fill:#f00}</style>")]
    [InlineData("<style>.a &gt; .b{fill:#f00}</style>")]
    [InlineData("<style>.a:first-child{fill:#f00}</style>")]
    [InlineData("<style>.a{fill:#f00 !important}</style>")]
    [InlineData("<style>@media (min-width: 10px){.a{fill:#f00}}</style>")]
    [InlineData("<style>@font-face{font-family:X;src:local(Arial)}.a{fill:#f00}</style>")]
    [InlineData("<style media=\"print\">.a{fill:#f00}</style>")]
    [InlineData("<style type=\"text/less\">.a{fill:#f00}</style>")]
    [InlineData("")]
    public void Stylesheets_other_than_plain_class_rules_are_left_to_the_library(string style)
    {
        var svg = $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">{style}<rect id=\"shape\" class=\"a b\" width=\"10\" height=\"10\"/></svg>";

        Assert.Null(ClassStylesheet.Inline(svg));
    }

    [Fact]
    public void Every_logo_of_the_sample_site_draws_the_same_with_its_class_stylesheet_moved()
    {
        var moved = 0;
        foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("input", "assets", "logos"), "*.svg"))
        {
            var clean = SvgSanitizer.Clean(File.ReadAllBytes(file));
            if (clean.IsRefused || ClassStylesheet.Inline(clean.Svg!) is not { } inlined)
            {
                continue;
            }

            Assert.True(Draw(clean.Svg!).Bytes.AsSpan().SequenceEqual(Draw(inlined).Bytes), $"{Path.GetFileName(file)} draws differently");
            moved++;
        }

        Assert.True(moved > 80, $"only {moved} logos had a class stylesheet to move"); // 115 of the 255 real landscape logos
    }

    /// <summary>The SVG drawn by Svg.Skia, scaled into a transparent square.</summary>
    private static SKBitmap Draw(string svg)
    {
        using var document = new SKSvg();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(svg));
        var picture = document.Load(stream)!;
        var bounds = picture.CullRect;
        var bitmap = new SKBitmap(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);
        canvas.Scale(Size / Math.Max(bounds.Width, bounds.Height));
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        return bitmap;
    }
}
