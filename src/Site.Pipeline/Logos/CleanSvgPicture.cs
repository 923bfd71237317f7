using System.Collections.Concurrent;
using System.Security.Cryptography;
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
/// <remarks>
/// A heavy SVG (cleaned, over <see cref="LogoProcessor.MaxBytes"/>) is drawn twice a build, into its published WebP
/// and onto its project's link-preview card; its picture is loaded once and kept for the process (all 21 of the
/// landscape's hold 0.8 MB of pictures; loading them took ~0.7 s of CPU). Skia pictures are immutable, so threads
/// may draw one at the same time.
/// </remarks>
public static class CleanSvgPicture
{
    private static readonly ConcurrentDictionary<string, Lazy<(SKPicture? Picture, string? Problem)>> Heavy = new(StringComparer.Ordinal);

    /// <summary>Draws an SVG file as written, cleaned; false with <paramref name="problem"/> when it is refused or draws nothing.</summary>
    /// <param name="draw">Called with the picture, which is valid during the call only.</param>
    public static bool Draw(byte[] source, Action<SKPicture> draw, out string? problem)
    {
        var clean = SvgSanitizer.Clean(source);
        if (clean.IsRefused)
        {
            problem = clean.Refusal;
            return false;
        }

        return DrawCleaned(Encoding.UTF8.GetBytes(clean.Svg!), draw, out problem);
    }

    /// <summary>Draws SVG text <see cref="SvgSanitizer.Clean"/> returned; false with <paramref name="problem"/> when it draws nothing.</summary>
    internal static bool DrawCleaned(byte[] cleanedSvg, Action<SKPicture> draw, out string? problem)
    {
        if (cleanedSvg.Length > LogoProcessor.MaxBytes)
        {
            var key = Convert.ToHexString(SHA256.HashData(cleanedSvg));
            var (picture, heavyProblem) = Heavy.GetOrAdd(key, _ => new Lazy<(SKPicture?, string?)>(() => Detached(cleanedSvg))).Value;
            problem = heavyProblem;
            if (picture is null)
            {
                return false;
            }

            draw(picture);
            return true;
        }

        var (own, ownProblem) = Detached(cleanedSvg);
        problem = ownProblem;
        if (own is null)
        {
            return false;
        }

        using (own)
        {
            draw(own);
        }

        return true;
    }

    /// <summary>The SVG's picture recorded on its own, without the document model Svg.Skia loaded it through; or the problem.</summary>
    private static (SKPicture? Picture, string? Problem) Detached(byte[] cleanedSvg)
    {
        try
        {
            var inlined = ClassStylesheet.Inline(Encoding.UTF8.GetString(cleanedSvg));
            using var stream = new MemoryStream(inlined is null ? cleanedSvg : Encoding.UTF8.GetBytes(inlined), writable: false);
            using var document = new SKSvg();
            var loaded = document.Load(stream);
            if (loaded is null || loaded.CullRect.Width <= 0 || loaded.CullRect.Height <= 0)
            {
                return (null, "the cleaned SVG draws nothing");
            }

            // The recording holds its own reference to what it draws, so it outlives the document.
            using var recorder = new SKPictureRecorder();
            recorder.BeginRecording(loaded.CullRect).DrawPicture(loaded);
            return (recorder.EndRecording(), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, "the cleaned SVG cannot be drawn: " + ex.Message);
        }
    }
}
