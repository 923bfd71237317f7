using System.Security.Cryptography;
using System.Text;
using SkiaSharp;
using Site.Pipeline.Logos;

namespace Site.Pipeline.Images;

/// <summary>
/// One link-preview image (<c>og:image</c>, 1200×630 PNG): a title, a line under it, and optionally a
/// logo. Its file name is a hash of everything drawn (texts, logo bytes, font, layout version), so an
/// unchanged card keeps its name and a rebuild copies the previous build's file instead of drawing it.
/// </summary>
public sealed class SocialCard
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Bumped when the drawing changes, so every card gets a new name.</summary>
    private const string LayoutVersion = "card-1";

    /// <summary>
    /// No PNG row filters: on flat colours and text they shrink nothing (the cards come out smaller
    /// without), while trying all five per row made encoding most of the card's cost (bench/README.md).
    /// zlib level 3: its fast matcher compressed the 2.3 MB of a card's pixels in a third of level 6's
    /// time (3.7 against 11.5 ms per card, 205 cards of the medium corpus re-compressed with Python's
    /// zlib), for files of about 24 KB instead of 15 KB. A card is fetched once by a link preview, never
    /// by a reader's page view, while every build draws all of them (1.2 s of a large build's CPU).
    /// </summary>
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.None, 3);

    private static readonly SKColor Background = new(0xf4, 0xf6, 0xf9);
    private static readonly SKColor Accent = new(0x0f, 0x6b, 0x5c);
    private static readonly SKColor Text = new(0x1b, 0x1f, 0x24);
    private static readonly SKColor Muted = new(0x4f, 0x59, 0x65);

    internal SocialCard(string title, string subtitle, string? logoPath, CardFonts fonts)
    {
        Title = title;
        Subtitle = subtitle;
        LogoPath = logoPath;
        Fonts = fonts;
        var logo = logoPath is null ? [] : SHA256.HashData(System.IO.File.ReadAllBytes(logoPath));
        var key = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', LayoutVersion, title, subtitle, fonts.Key, Convert.ToHexString(logo))));
        Hash = Convert.ToHexString(key.AsSpan(0, 8)).ToLowerInvariant();
    }

    public string Title { get; }

    public string Subtitle { get; }

    /// <summary>An SVG or raster logo drawn on the card's left, or null.</summary>
    public string? LogoPath { get; }

    /// <summary>16 hex digits identifying what is drawn.</summary>
    public string Hash { get; }

    /// <summary>Site-relative URL (<c>/assets/og/3f9a1c2e0b7d4e11.png</c>).</summary>
    public string Url => "/" + File;

    /// <summary>Output file, relative to the site root.</summary>
    public string File => $"assets/og/{Hash}.png";

    internal CardFonts Fonts { get; }

    /// <summary>Draws the card and writes it as PNG.</summary>
    public void WritePng(Stream output)
    {
        // Opaque (the background fills the card): the PNG has no alpha channel, a quarter less to compress.
        var info = new SKImageInfo(Width, Height, SKColorType.Rgb888x, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using var accent = new SKPaint { Color = Accent, IsAntialias = true };
        canvas.DrawRect(0, 0, Width, 18, accent);

        float textLeft = 80;
        if (LogoPath is not null && DrawLogo(canvas, LogoPath, new SKRect(80, 155, 400, 475)))
        {
            textLeft = 460;
        }

        var width = Width - 80 - textLeft;
        using var titleFont = new SKFont(Fonts.Bold, 76) { Subpixel = true };
        var lines = Wrap(Title, titleFont, width, maxLines: 3);
        var lineHeight = titleFont.Size * 1.2f;
        var top = (Height - lines.Count * lineHeight) / 2 - 20;
        using var titlePaint = new SKPaint { Color = Text, IsAntialias = true };
        for (var i = 0; i < lines.Count; i++)
        {
            canvas.DrawText(lines[i], textLeft, top + (i + 0.8f) * lineHeight, SKTextAlign.Left, titleFont, titlePaint);
        }

        using var subFont = new SKFont(Fonts.Regular, 34) { Subpixel = true };
        using var subPaint = new SKPaint { Color = Muted, IsAntialias = true };
        var sub = Wrap(Subtitle, subFont, width, maxLines: 1);
        if (sub.Count > 0)
        {
            canvas.DrawText(sub[0], textLeft, top + lines.Count * lineHeight + 56, SKTextAlign.Left, subFont, subPaint);
        }

        canvas.DrawRect(0, Height - 10, Width, 10, accent);
        using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("a raster surface has pixels");
        using var data = pixels.Encode(PngOptions) ?? throw new InvalidOperationException("PNG encoding failed");
        data.SaveTo(output);
    }

    /// <summary>The logo scaled into <paramref name="box"/> on a white rounded panel (logos are drawn for light backgrounds); false if it cannot be read.</summary>
    private static bool DrawLogo(SKCanvas canvas, string path, SKRect box)
    {
        using var panel = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var border = new SKPaint { Color = new SKColor(0xd4, 0xda, 0xe1), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        var inner = SKRect.Inflate(box, -36, -36);
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            // Cleaned like the published logo: drawn as written, its <image> elements would be fetched or read.
            return CleanSvgPicture.Draw(System.IO.File.ReadAllBytes(path), picture =>
            {
                canvas.DrawRoundRect(box, 28, 28, panel);
                canvas.DrawRoundRect(box, 28, 28, border);
                var bounds = picture.CullRect;
                var scale = Math.Min(inner.Width / bounds.Width, inner.Height / bounds.Height);
                canvas.Save();
                canvas.Translate(inner.MidX - (bounds.MidX * scale), inner.MidY - (bounds.MidY * scale));
                canvas.Scale(scale);
                canvas.ClipRect(bounds);
                canvas.DrawPicture(picture);
                canvas.Restore();
            }, out _);
        }

        using var bitmap = SKBitmap.Decode(path);
        if (bitmap is null || bitmap.Width == 0 || bitmap.Height == 0)
        {
            return false;
        }

        canvas.DrawRoundRect(box, 28, 28, panel);
        canvas.DrawRoundRect(box, 28, 28, border);
        var s = Math.Min(inner.Width / bitmap.Width, inner.Height / bitmap.Height);
        var target = SKRect.Create(inner.MidX - (bitmap.Width * s / 2), inner.MidY - (bitmap.Height * s / 2), bitmap.Width * s, bitmap.Height * s);
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, target, new SKSamplingOptions(SKCubicResampler.Mitchell));
        return true;
    }

    /// <summary>Greedy wrapping at spaces (or between characters for scripts without spaces); the last line ends in … when cut.</summary>
    internal static List<string> Wrap(string text, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0 && lines.Count < maxLines)
        {
            var fit = FitLength(rest, font, width);
            if (fit >= rest.Length)
            {
                lines.Add(rest);
                rest = string.Empty;
                break;
            }

            var space = rest.LastIndexOf(' ', Math.Max(0, fit - 1), fit);
            var cut = space > 0 ? space : Math.Max(1, fit);
            lines.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 && lines.Count > 0)
        {
            var last = lines[^1];
            while (last.Length > 1 && font.MeasureText(last + "…") > width)
            {
                last = last[..^1];
            }

            lines[^1] = last.TrimEnd() + "…";
        }

        return lines;
    }

    private static int FitLength(string text, SKFont font, float width)
    {
        var low = 0;
        var high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (font.MeasureText(text.AsSpan(0, mid)) <= width)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}

/// <summary>The typefaces cards are drawn with: the first installed of a list of common sans-serif families.</summary>
internal sealed class CardFonts
{
    private static readonly string[] Families = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"];

    private CardFonts(SKTypeface regular, SKTypeface bold)
    {
        Regular = regular;
        Bold = bold;
        Key = $"{regular.FamilyName}/{bold.FamilyName}";
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>Part of a card's hash: another font draws another image.</summary>
    public string Key { get; }

    public static CardFonts Latin { get; } = Find(null)!;

    /// <summary>Fonts that can draw <paramref name="sample"/> (a Han character for Chinese), or null when none is installed.</summary>
    public static CardFonts? For(char sample)
    {
        var latin = Latin;
        using var probe = new SKFont(latin.Regular);
        if (probe.ContainsGlyph(sample))
        {
            return latin;
        }

        return Find(sample);
    }

    private static CardFonts? Find(char? sample)
    {
        var manager = SKFontManager.Default;
        if (sample is { } c)
        {
            var regular = manager.MatchCharacter(c);
            if (regular is null)
            {
                return null;
            }

            var bold = manager.MatchFamily(regular.FamilyName, SKFontStyle.Bold) ?? regular;
            return new CardFonts(regular, bold);
        }

        foreach (var family in Families)
        {
            var regular = manager.MatchFamily(family, SKFontStyle.Normal);
            if (regular is not null && string.Equals(regular.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            {
                return new CardFonts(regular, manager.MatchFamily(family, SKFontStyle.Bold) ?? regular);
            }
        }

        var fallback = SKTypeface.Default;
        return new CardFonts(fallback, SKTypeface.FromFamilyName(fallback.FamilyName, SKFontStyle.Bold) ?? fallback);
    }
}
