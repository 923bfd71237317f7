using System.Collections.Concurrent;
using Site.Content;
using Site.Content.Diagnostics;
using Site.Content.Loading;

namespace Site.Pipeline.Logos;

/// <summary>A published logo: where it is served and the size pages give it.</summary>
/// <param name="Destination">Output file, <c>assets/f/logos/&lt;slug&gt;.&lt;key&gt;.&lt;ext&gt;</c> (content-addressed, so cached for a year).</param>
public sealed record PublishedLogo(string Slug, string Destination, int Width, int Height, byte[] Bytes, bool Rasterized)
{
    /// <summary>Site URL of the logo.</summary>
    public string Url => "/" + Destination;
}

/// <summary>
/// The project logos of a build: every file of <c>input/assets/logos/</c> named after a project
/// (<c>&lt;slug&gt;.svg</c>), processed by <see cref="LogoProcessor"/>. Results are cached by
/// the source's content hash, in memory for a build session and, across builds, in the
/// previous output folder (a published logo's name holds that hash), so rebuilds never draw a
/// logo twice.
/// </summary>
public sealed class LogoSet
{
    /// <summary>Input folder of logos, below <c>input/assets/</c>.</summary>
    public const string InputFolder = AssetPolicy.LogosFolder;

    /// <summary>Output folder of published logos (below the fingerprinted folder, served as immutable).</summary>
    public const string OutputFolder = "assets/f/logos/";

    private static readonly ConcurrentDictionary<string, ProcessedLogo> Memory = new(StringComparer.Ordinal);

    private readonly Dictionary<string, PublishedLogo> _bySlug;

    private LogoSet(Dictionary<string, PublishedLogo> bySlug) => _bySlug = bySlug;

    public static LogoSet Empty { get; } = new(new Dictionary<string, PublishedLogo>(StringComparer.Ordinal));

    public IReadOnlyCollection<PublishedLogo> All => _bySlug.Values;

    /// <summary>How many logos were drawn or cleaned in this build (not taken from a cache).</summary>
    public int Processed { get; private init; }

    public PublishedLogo? Of(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>Empties the in-memory cache (tests of the cache in the previous output folder).</summary>
    internal static void ForgetProcessed() => Memory.Clear();

    /// <summary>A fingerprint of every logo's name and size, for a build session's structure hash.</summary>
    public ulong Fingerprint()
    {
        var hash = new Incremental.Hash64(0);
        foreach (var logo in _bySlug.Values.OrderBy(l => l.Slug, StringComparer.Ordinal))
        {
            hash.Add(logo.Destination);
        }

        return hash.Value;
    }

    /// <summary>Whether an input asset is a project logo the build processes (instead of copying it).</summary>
    public static bool IsLogo(AssetFile asset) => asset.IsLogo;

    /// <summary>Processes every logo of the content; problems are diagnostics at the logo's file.</summary>
    /// <param name="previousOutput">The last build's output folder, whose published logos serve as a cache; null for none.</param>
    public static LogoSet Build(ContentSet content, string? previousOutput, ParallelOptions parallel, ICollection<Diagnostic> diagnostics)
    {
        var logos = content.Assets.Where(IsLogo).OrderBy(a => a.RelativePath, StringComparer.Ordinal).ToArray();
        var results = new PublishedLogo?[logos.Length];
        var problems = new Diagnostic?[logos.Length];
        var processed = 0;
        var projects = content.Graph[content.Config.DefaultLanguage.Code];
        Parallel.For(0, logos.Length, parallel, i =>
        {
            var asset = logos[i];
            var display = "input/assets/" + asset.RelativePath;
            var slug = Path.GetFileNameWithoutExtension(asset.RelativePath);
            var extension = Path.GetExtension(asset.RelativePath);
            if (projects.Project(slug) is null)
            {
                problems[i] = Diagnostic.Warning(display, 0, 0, $"no project page is named `{slug}` (projects/{slug}.md): this logo is not published");
                return;
            }

            byte[] source;
            try
            {
                source = File.ReadAllBytes(asset.FullPath);
            }
            catch (IOException ex)
            {
                problems[i] = Diagnostic.Error(display, 0, 0, "cannot read the logo: " + ex.Message);
                return;
            }

            var key = LogoProcessor.KeyOf(source);
            if (!Memory.TryGetValue(key, out var logo))
            {
                logo = FromPreviousOutput(previousOutput, slug, key, extension);
                if (logo is null)
                {
                    logo = LogoProcessor.Process(source, extension, out var refusal);
                    if (logo is null)
                    {
                        problems[i] = Diagnostic.Error(display, 0, 0, $"logo refused: {refusal}");
                        return;
                    }

                    Interlocked.Increment(ref processed);
                }

                Memory[key] = logo;
            }

            results[i] = new PublishedLogo(slug, $"{OutputFolder}{slug}.{key}{logo.Extension}", logo.Width, logo.Height, logo.Bytes, logo.Rasterized);
        });

        foreach (var p in problems.OfType<Diagnostic>())
        {
            diagnostics.Add(p);
        }

        var bySlug = new Dictionary<string, PublishedLogo>(StringComparer.Ordinal);
        foreach (var logo in results.OfType<PublishedLogo>())
        {
            if (!bySlug.TryAdd(logo.Slug, logo))
            {
                diagnostics.Add(Diagnostic.Warning("input/assets/" + InputFolder + logo.Slug + logo.Destination[logo.Destination.LastIndexOf('.')..], 0, 0,
                    $"project `{logo.Slug}` has several logo files; {bySlug[logo.Slug].Destination} is published"));
            }
        }

        return new LogoSet(bySlug) { Processed = processed };
    }

    /// <summary>
    /// The result of an earlier build, found by name in its output folder (the name holds the
    /// source's key): a cleaned SVG, whose size is read from its root element, or a drawn WebP,
    /// whose size is half its pixels. Neither is cleaned or drawn again.
    /// </summary>
    private static ProcessedLogo? FromPreviousOutput(string? previousOutput, string slug, string key, string extension)
    {
        if (previousOutput is null)
        {
            return null;
        }

        var folder = Path.Combine(previousOutput, OutputFolder.Replace('/', Path.DirectorySeparatorChar));
        var svg = Path.Combine(folder, $"{slug}.{key}.svg");
        if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase) && File.Exists(svg))
        {
            var bytes = File.ReadAllBytes(svg);
            var (w, h) = Content.Logos.SvgSanitizer.IntrinsicSize(bytes);
            var (width, height) = LogoProcessor.Fit(w ?? LogoProcessor.BoxWidth, h ?? LogoProcessor.BoxHeight);
            return bytes.Length <= LogoProcessor.MaxBytes ? new ProcessedLogo(bytes, ".svg", width, height, false) : null;
        }

        var webp = Path.Combine(folder, $"{slug}.{key}.webp");
        if (File.Exists(webp))
        {
            var bytes = File.ReadAllBytes(webp);
            using var codec = SkiaSharp.SKCodec.Create(new MemoryStream(bytes));
            if (codec is null || bytes.Length > LogoProcessor.MaxBytes)
            {
                return null;
            }

            return new ProcessedLogo(bytes, ".webp", Math.Max(1, codec.Info.Width / 2), Math.Max(1, codec.Info.Height / 2), true);
        }

        return null;
    }
}
