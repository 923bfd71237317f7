using System.Security.Cryptography;
using Site.Content.Loading;

namespace Site.Pipeline.Assets;

/// <summary>
/// Content-hashed copies of the theme's assets (theme <c>assets/**</c>, <c>lunr.min.js</c>,
/// <c>lunr-cjk.js</c>): <c>assets/css/site.css</c> is also published as
/// <c>assets/f/css/site.3f9a1c2e0b.css</c>. Names under <see cref="Folder"/> change whenever
/// the bytes do, so Netlify may cache that folder as immutable. The bytes are read once and
/// kept, so the published copy is exactly the file the name was computed from, even if the
/// file is edited during the build.
/// </summary>
public sealed class AssetFingerprints
{
    /// <summary>Site-relative folder of the fingerprinted copies (no leading or trailing slash); content may not use it.</summary>
    public static readonly string Folder = AssetPolicy.FingerprintedFolder.Trim('/');

    /// <summary>Hex characters of the SHA-256 kept in a name: 40 bits, ample for a theme's few files.</summary>
    public const int HashLength = 10;

    private readonly Dictionary<string, Entry> _byPlain;

    private AssetFingerprints(Dictionary<string, Entry> byPlain) => _byPlain = byPlain;

    public static AssetFingerprints Empty { get; } = new(new Dictionary<string, Entry>(StringComparer.Ordinal));

    /// <summary>Plain destination (<c>assets/css/site.css</c>) → fingerprinted copy.</summary>
    public IReadOnlyDictionary<string, Entry> Entries => _byPlain;

    /// <summary>
    /// Reads every file below <paramref name="themeAssetsFolder"/> (dot names skipped, as the
    /// assets pipeline does) and the given single files (destination → path; missing ones skipped).
    /// </summary>
    public static AssetFingerprints Read(string themeAssetsFolder, IEnumerable<KeyValuePair<string, string>> files)
    {
        var sources = new List<KeyValuePair<string, string>>();
        var root = Path.GetFullPath(themeAssetsFolder);
        if (Directory.Exists(root))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            foreach (var file in Directory.EnumerateFiles(root, "*", options))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!relative.Split('/').Any(part => part.StartsWith('.')))
                {
                    sources.Add(new("assets/" + relative, file));
                }
            }
        }

        sources.AddRange(files.Where(f => File.Exists(f.Value)));
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (destination, path) in sources)
        {
            var bytes = ScriptComments.Strip(destination, File.ReadAllBytes(path));
            entries[destination] = new Entry(destination, FingerprintedDestination(destination, bytes), bytes);
        }

        return new AssetFingerprints(entries);
    }

    /// <summary><c>assets/js/search.js</c> + bytes → <c>assets/f/js/search.&lt;hash&gt;.js</c>.</summary>
    public static string FingerprintedDestination(string destination, ReadOnlySpan<byte> bytes)
    {
        const string prefix = "assets/";
        var relative = destination.StartsWith(prefix, StringComparison.Ordinal) ? destination[prefix.Length..] : destination;
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..HashLength];
        var slash = relative.LastIndexOf('/');
        var name = relative[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        var hashed = dot > 0 ? $"{name[..dot]}.{hash}{name[dot..]}" : $"{name}.{hash}";
        return $"{Folder}/{relative[..(slash + 1)]}{hashed}";
    }

    /// <summary>Site URL (<c>/assets/f/…</c>) of the copy of <paramref name="destination"/>, or its plain URL when it is not a theme asset.</summary>
    public string UrlOf(string destination) =>
        "/" + (_byPlain.TryGetValue(destination, out var entry) ? entry.Fingerprinted : destination);

    /// <param name="Plain">Destination under its own name (still published, revalidated).</param>
    /// <param name="Fingerprinted">Destination of the immutable copy.</param>
    /// <param name="Bytes">The published bytes (the file's, without whole-line comments for theme scripts: <see cref="ScriptComments"/>).</param>
    public sealed record Entry(string Plain, string Fingerprinted, byte[] Bytes);
}
