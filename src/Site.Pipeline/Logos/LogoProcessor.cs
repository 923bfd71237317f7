using System.Security.Cryptography;
using Site.Content.Logos;
using SkiaSharp;

namespace Site.Pipeline.Logos;

/// <summary>A logo as published: its bytes, file extension and the size pages give its <c>img</c> (CSS pixels).</summary>
public sealed record ProcessedLogo(byte[] Bytes, string Extension, int Width, int Height, bool Rasterized);

/// <summary>
/// Makes a project logo fit for the web. An SVG is cleaned (<see cref="SvgSanitizer"/>: no
/// script, event handlers, foreign content or external references; refused when it cannot be
/// cleaned); when the clean SVG still weighs more than <see cref="MaxBytes"/> (some landscape
/// logos are traced photos of 0.4–1 MB), it is drawn with Svg.Skia and published as a WebP of
/// twice the display size. PNG and JPEG logos are scaled down the same way when too big.
/// </summary>
public static class LogoProcessor
{
    /// <summary>Largest published logo (32 KiB): most landscape SVGs are 2–20 KB.</summary>
    public const int MaxBytes = 32 * 1024;

    /// <summary>The box a logo is fitted into on pages, in CSS pixels; rasters are drawn at twice that for sharp screens.</summary>
    public const int BoxWidth = 160;

    public const int BoxHeight = 64;

    /// <summary>Changes whenever the processing changes, so cached results of an older version are not reused.</summary>
    public const string Version = "logo-v1";

    /// <summary>The published logo, or null with <paramref name="refusal"/> set.</summary>
    public static ProcessedLogo? Process(byte[] source, string extension, out string? refusal)
    {
        refusal = null;
        if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            var clean = SvgSanitizer.Clean(source);
            if (clean.IsRefused)
            {
                refusal = clean.Refusal;
                return null;
            }

            var svg = System.Text.Encoding.UTF8.GetBytes(clean.Svg!);
            var (width, height) = Fit(clean.Width ?? BoxWidth, clean.Height ?? BoxHeight);
            if (svg.Length <= MaxBytes)
            {
                return new ProcessedLogo(svg, ".svg", width, height, false);
            }

            return Rasterize(svg, width, height, out refusal);
        }

        if (extension.ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".webp")
        {
            // SKBitmap.Decode throws on bytes no codec recognises; SKCodec.Create returns null.
            using var codec = SKCodec.Create(new MemoryStream(source));
            using var bitmap = codec is null ? null : SKBitmap.Decode(codec);
            if (bitmap is null)
            {
                refusal = "the image cannot be decoded";
                return null;
            }

            var (width, height) = Fit(bitmap.Width, bitmap.Height);
            if (source.Length <= MaxBytes)
            {
                return new ProcessedLogo(source, extension.ToLowerInvariant(), width, height, false);
            }

            using var image = SKImage.FromBitmap(bitmap);
            return Encode(image, width, height, out refusal);
        }

        refusal = $"`{extension}` is not a logo format (SVG, PNG, JPEG or WebP)";
        return null;
    }

    /// <summary>Cache key of a source file: its bytes and the processing version.</summary>
    public static string KeyOf(byte[] source)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.ASCII.GetBytes(Version));
        sha.AppendData(source);
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }

    /// <summary>Fits a size into the display box, keeping its shape; never larger than the box, never below 1 px.</summary>
    public static (int Width, int Height) Fit(double width, double height)
    {
        if (width <= 0 || height <= 0 || double.IsNaN(width) || double.IsNaN(height))
        {
            return (BoxHeight, BoxHeight);
        }

        var scale = Math.Min(BoxWidth / width, BoxHeight / height);
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    private static ProcessedLogo? Rasterize(byte[] svg, int width, int height, out string? refusal)
    {
        ProcessedLogo? logo = null;
        string? encodingRefusal = null;
        if (!CleanSvgPicture.DrawCleaned(svg, picture =>
            {
                var bounds = picture.CullRect;
                var info = new SKImageInfo(width * 2, height * 2, SKColorType.Rgba8888, SKAlphaType.Premul);
                using var surface = SKSurface.Create(info);
                var canvas = surface.Canvas;
                canvas.Clear(SKColors.Transparent);
                canvas.Scale(info.Width / bounds.Width, info.Height / bounds.Height);
                canvas.Translate(-bounds.Left, -bounds.Top);
                canvas.DrawPicture(picture);
                using var image = surface.Snapshot();
                logo = Encode(image, width, height, out encodingRefusal);
            }, out refusal))
        {
            return null;
        }

        refusal = encodingRefusal;
        return logo;
    }

    /// <summary>A WebP at twice the display size, lowering the quality until it fits <see cref="MaxBytes"/>.</summary>
    private static ProcessedLogo? Encode(SKImage image, int width, int height, out string? refusal)
    {
        refusal = null;
        using var scaled = image.Width == width * 2 && image.Height == height * 2 ? null : Scale(image, width * 2, height * 2);
        var source = scaled ?? image;
        foreach (var quality in new[] { 90, 75, 60, 45 })
        {
            using var data = source.Encode(SKEncodedImageFormat.Webp, quality);
            if (data is not null && data.Size <= MaxBytes)
            {
                return new ProcessedLogo(data.ToArray(), ".webp", width, height, true);
            }
        }

        refusal = $"it cannot be made smaller than {MaxBytes / 1024} KiB";
        return null;
    }

    private static SKImage Scale(SKImage image, int width, int height)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint();
        surface.Canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
        return surface.Snapshot();
    }
}
