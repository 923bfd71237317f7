using System.Text;
using Site.Content.Logos;
using SkiaSharp;
using Svg.Skia;

namespace Site.Pipeline.Logos;

/// <summary>
/// The one way the build draws an SVG: cleaned by <see cref="SvgSanitizer"/> first, always. Svg.Skia resolves what a
/// file points at while it loads: it fetches the <c>http(s)</c> URL of an <c>&lt;image&gt;</c> and reads any local
/// file one names, so a logo drawn as written could make the build request any address and copy any image the build
/// can read into a published picture. A cleaned SVG points at nothing outside itself (only <c>#id</c> and embedded
/// <c>data:image/…</c>). A class stylesheet is moved onto the elements first (<see cref="ClassStylesheet"/>), for speed.
/// </summary>
public sealed class CleanSvgPicture : IDisposable
{
    private readonly SKSvg _document;

    private CleanSvgPicture(SKSvg document, SKPicture picture)
    {
        _document = document;
        Picture = picture;
    }

    /// <summary>What there is to draw; owned by this object (valid until it is disposed).</summary>
    public SKPicture Picture { get; }

    /// <summary>The picture of an SVG file as written: cleaned, then loaded; null with <paramref name="problem"/> when it is refused or draws nothing.</summary>
    public static CleanSvgPicture? FromSource(byte[] source, out string? problem)
    {
        var clean = SvgSanitizer.Clean(source);
        if (clean.IsRefused)
        {
            problem = clean.Refusal;
            return null;
        }

        return FromCleaned(Encoding.UTF8.GetBytes(clean.Svg!), out problem);
    }

    /// <summary>The picture of SVG text <see cref="SvgSanitizer.Clean"/> returned; null with <paramref name="problem"/> when it draws nothing.</summary>
    internal static CleanSvgPicture? FromCleaned(byte[] cleanedSvg, out string? problem)
    {
        problem = null;
        var document = new SKSvg();
        try
        {
            var inlined = ClassStylesheet.Inline(Encoding.UTF8.GetString(cleanedSvg));
            using var stream = new MemoryStream(inlined is null ? cleanedSvg : Encoding.UTF8.GetBytes(inlined), writable: false);
            var picture = document.Load(stream);
            if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
            {
                problem = "the cleaned SVG draws nothing";
                document.Dispose();
                return null;
            }

            return new CleanSvgPicture(document, picture);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problem = "the cleaned SVG cannot be drawn: " + ex.Message;
            document.Dispose();
            return null;
        }
    }

    public void Dispose() => _document.Dispose();
}
