using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Site.Content.Logos;

/// <summary>The outcome of cleaning one SVG file.</summary>
/// <param name="Svg">The cleaned SVG, or null when the file was refused.</param>
/// <param name="Refusal">Why the file cannot be cleaned (completing "refused: …"), or null.</param>
/// <param name="Removed">What was taken out, counted by kind (`script element`, `onload attribute`, …).</param>
/// <param name="Width">Intrinsic width in CSS pixels (from `viewBox`, else `width`), or null when unknown.</param>
/// <param name="Height">Intrinsic height in CSS pixels, or null.</param>
public sealed record SvgCleanResult(string? Svg, string? Refusal, IReadOnlyDictionary<string, int> Removed, double? Width, double? Height)
{
    public bool IsRefused => Svg is null;
}

/// <summary>
/// Cleans an SVG logo for publishing on the site's own origin: an allow-list of SVG drawing
/// elements and presentation attributes is kept, everything else goes: script, event handlers
/// (`on*`), `foreignObject`, animation (which can set `href` to `javascript:`), other namespaces
/// (editor metadata), and every reference that leaves the file: `href`/`xlink:href` other than
/// `#id` (or an embedded raster `data:image/png|jpeg|gif|webp`), `url(…)` other than `url(#id)`,
/// and CSS `@import`. A file that is not well-formed XML, expands entities beyond a small budget,
/// has no `svg` root or has nothing left to draw is refused.
/// </summary>
/// <remarks>
/// Hand-written because no served package sanitizes SVG: HtmlSanitizer cleans HTML fragments and
/// drops or mangles SVG's case-sensitive names and namespaces. Parsing is System.Xml's with no
/// resolver (external entities are never fetched) and a cap on entity expansion.
/// </remarks>
public static partial class SvgSanitizer
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    public const string XlinkNamespace = "http://www.w3.org/1999/xlink";

    /// <summary>Largest SVG read (8 MiB): the biggest landscape logo is about 1 MB.</summary>
    public const int MaxInputBytes = 8 * 1024 * 1024;

    private const int MaxDepth = 64;

    private static readonly XNamespace Svg = SvgNamespace;
    private static readonly XNamespace Xlink = XlinkNamespace;

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "title", "desc", "symbol", "use", "switch", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "image",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
        "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood",
        "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode",
        "feMorphology", "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    };

    // Elements that draw something: a file left without any of them is refused.
    private static readonly HashSet<string> Drawing = new(StringComparer.Ordinal)
    {
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "image", "text", "use",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        // core and geometry
        "id", "class", "style", "lang", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr",
        "width", "height", "d", "points", "pathLength", "transform", "viewBox", "preserveAspectRatio", "version",
        "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side",
        // presentation
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
        "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "color",
        "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits", "filter", "filterUnits",
        "primitiveUnits", "display", "visibility", "overflow", "isolation", "mix-blend-mode", "paint-order",
        "vector-effect", "shape-rendering", "color-interpolation", "color-interpolation-filters", "color-rendering",
        "image-rendering", "text-rendering", "stop-color", "stop-opacity", "flood-color", "flood-opacity",
        "lighting-color", "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits",
        "refX", "refY", "orient", "font-family", "font-size", "font-weight", "font-style", "font-variant",
        "font-stretch", "letter-spacing", "word-spacing", "text-anchor", "text-decoration", "dominant-baseline",
        "alignment-baseline", "baseline-shift", "writing-mode", "direction", "unicode-bidi", "enable-background",
        // gradients, patterns, filters
        "offset", "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits", "patternContentUnits",
        "patternTransform", "in", "in2", "result", "mode", "type", "values", "tableValues", "slope", "intercept",
        "amplitude", "exponent", "k1", "k2", "k3", "k4", "operator", "stdDeviation", "edgeMode", "radius",
        "scale", "xChannelSelector", "yChannelSelector", "baseFrequency", "numOctaves", "seed", "stitchTiles",
        "order", "kernelMatrix", "divisor", "bias", "targetX", "targetY", "preserveAlpha", "surfaceScale",
        "diffuseConstant", "specularConstant", "specularExponent", "kernelUnitLength", "azimuth", "elevation",
        "z", "pointsAtX", "pointsAtY", "pointsAtZ", "limitingConeAngle",
        // switch children
        "requiredFeatures", "requiredExtensions", "systemLanguage",
        // links, checked below
        "href",
    };

    /// <summary>Cleans <paramref name="bytes"/>; never throws for bad input.</summary>
    public static SvgCleanResult Clean(byte[] bytes)
    {
        var removed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (bytes.Length > MaxInputBytes)
        {
            return Refuse($"the file is {bytes.Length / (1024.0 * 1024.0):0.0} MiB, over the limit of {MaxInputBytes / (1024 * 1024)} MiB");
        }

        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings
            {
                // Internal entities (Illustrator declares namespace URIs as `&ns_extend;`) are expanded, within a
                // budget that stops an entity bomb; with no resolver, nothing outside the file is ever read.
                DtdProcessing = DtdProcessing.Parse,
                XmlResolver = null,
                MaxCharactersFromEntities = 64 * 1024,
                IgnoreProcessingInstructions = true,
                IgnoreComments = true,
            };
            using var stream = new MemoryStream(bytes);
            using var reader = XmlReader.Create(stream, settings);
            doc = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            return Refuse($"not well-formed XML (line {ex.LineNumber}, column {ex.LinePosition}): {ex.Message.Split(" Line ")[0].TrimEnd('.')}");
        }

        var root = doc.Root;
        if (root is null || root.Name != Svg + "svg")
        {
            return Refuse(root is null ? "the file is empty" : $"its root element is <{root.Name.LocalName}>{(root.Name.Namespace == XNamespace.None ? " without the SVG namespace" : string.Empty)}, not an SVG <svg>");
        }

        if (Depth(root) > MaxDepth)
        {
            return Refuse($"elements are nested more than {MaxDepth} levels deep");
        }

        // A link around shapes is unwrapped: the shapes stay, the link (and where it leads) goes.
        foreach (var link in root.Descendants(Svg + "a").Reverse().ToList())
        {
            link.ReplaceWith(link.Nodes());
            Count(removed, "link element (unwrapped)");
        }

        CleanElement(root, removed);
        if (!root.Descendants().Any(e => Drawing.Contains(e.Name.LocalName)))
        {
            return new SvgCleanResult(null, "nothing is left to draw once scripts, foreign content and external references are taken out", removed, null, null);
        }

        var (width, height) = Size(root);
        var sb = new StringBuilder();
        var writerSettings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, NewLineHandling = NewLineHandling.None, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(sb, writerSettings))
        {
            new XDocument(root).Save(writer);
        }

        return new SvgCleanResult(sb.ToString(), null, removed, width, height);

        SvgCleanResult Refuse(string why) => new(null, why, removed, null, null);
    }

    private static void CleanElement(XElement element, SortedDictionary<string, int> removed)
    {
        foreach (var attribute in element.Attributes().ToList())
        {
            if (Why(element, attribute) is { } why)
            {
                attribute.Remove();
                Count(removed, why);
            }
        }

        if (element.Name.LocalName == "style" && element.Name.Namespace == Svg)
        {
            var css = element.Value;
            var cleaned = CleanCss(css, removed);
            if (cleaned != css)
            {
                element.ReplaceNodes(new XText(cleaned));
            }
        }

        foreach (var child in element.Nodes().ToList())
        {
            switch (child)
            {
                case XElement e when e.Name.Namespace != Svg:
                    e.Remove();
                    Count(removed, e.Name.LocalName == "foreignObject" ? "foreignObject element" : "element of another namespace");
                    break;
                case XElement e when !Elements.Contains(e.Name.LocalName):
                    e.Remove();
                    Count(removed, $"{e.Name.LocalName} element");
                    break;
                case XElement e when e.Name.LocalName == "image" && !IsEmbeddedRaster(Href(e)):
                    e.Remove();
                    Count(removed, "image element loading another file");
                    break;
                case XElement e:
                    CleanElement(e, removed);
                    break;
                case XCData or XText:
                    break;
                default:
                    child.Remove();
                    break;
            }
        }
    }

    /// <summary>Why an attribute must go, or null to keep it.</summary>
    private static string? Why(XElement element, XAttribute attribute)
    {
        var name = attribute.Name;
        if (attribute.IsNamespaceDeclaration)
        {
            var uri = attribute.Value;
            return uri is SvgNamespace or XlinkNamespace ? null : "namespace declaration";
        }

        if (name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return "event handler attribute";
        }

        if (name == Xlink + "href" || (name.Namespace == XNamespace.None && name.LocalName == "href"))
        {
            var value = attribute.Value.Trim();
            return value.StartsWith('#') && LocalId().IsMatch(value[1..]) ? null
                : element.Name.LocalName == "image" && IsEmbeddedRaster(value) ? null
                : "external reference";
        }

        if (name.Namespace == XNamespace.Xml)
        {
            return name.LocalName is "space" or "lang" ? null : "xml attribute";
        }

        if (name.Namespace != XNamespace.None)
        {
            return "attribute of another namespace";
        }

        if (name.LocalName.StartsWith("data-", StringComparison.Ordinal) || name.LocalName.StartsWith("aria-", StringComparison.Ordinal) || name.LocalName == "role")
        {
            return null; // inert: no browser acts on them in an image
        }

        if (!Attributes.Contains(name.LocalName))
        {
            return $"{name.LocalName} attribute";
        }

        var text = attribute.Value;
        if (name.LocalName == "style")
        {
            var cleaned = CleanCss(text, null);
            if (cleaned != text)
            {
                attribute.Value = cleaned;
                return cleaned.Trim().Length == 0 ? "style with external references" : null;
            }

            return null;
        }

        return HasExternalUrl(text) ? "external reference in url()" : null;
    }

    /// <summary>CSS with `@import` rules removed and every `url()` that is not `url(#id)` replaced by `none`.</summary>
    private static string CleanCss(string css, SortedDictionary<string, int>? removed)
    {
        var cleaned = Import().Replace(css, m =>
        {
            if (removed is not null)
            {
                Count(removed, "CSS @import");
            }

            return string.Empty;
        });
        cleaned = CssUrl().Replace(cleaned, m =>
        {
            var target = m.Groups["t"].Value.Trim().Trim('"', '\'').Trim();
            if (target.StartsWith('#') && LocalId().IsMatch(target[1..]))
            {
                return m.Value;
            }

            if (removed is not null)
            {
                Count(removed, "external reference in CSS url()");
            }

            return "none";
        });
        // Expressions and bindings of old browsers run script from CSS.
        return Script().IsMatch(cleaned) ? Script().Replace(cleaned, "none") : cleaned;
    }

    private static bool HasExternalUrl(string value)
    {
        foreach (Match m in CssUrl().Matches(value))
        {
            var target = m.Groups["t"].Value.Trim().Trim('"', '\'').Trim();
            if (!target.StartsWith('#') || !LocalId().IsMatch(target[1..]))
            {
                return true;
            }
        }

        return Script().IsMatch(value);
    }

    private static string? Href(XElement e) => (e.Attribute(Xlink + "href") ?? e.Attribute("href"))?.Value.Trim();

    private static bool IsEmbeddedRaster(string? value) => value is not null && EmbeddedRaster().IsMatch(value);

    /// <summary>The intrinsic size of an SVG already cleaned (its root's `viewBox`, `width`, `height`), reading only the root element.</summary>
    public static (double? Width, double? Height) IntrinsicSize(byte[] cleanSvg)
    {
        try
        {
            using var stream = new MemoryStream(cleanSvg);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return (null, null);
            }

            var root = new XElement(Svg + "svg");
            foreach (var name in new[] { "width", "height", "viewBox" })
            {
                if (reader.GetAttribute(name) is { } value)
                {
                    root.SetAttributeValue(name, value);
                }
            }

            return Size(root);
        }
        catch (XmlException)
        {
            return (null, null);
        }
    }

    /// <summary>Size in CSS pixels: `viewBox` gives the shape, `width`/`height` in px (or unitless) the scale when both are given.</summary>
    private static (double? Width, double? Height) Size(XElement root)
    {
        double? w = Length(root.Attribute("width")?.Value);
        double? h = Length(root.Attribute("height")?.Value);
        var viewBox = root.Attribute("viewBox")?.Value.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (viewBox is { Length: 4 }
            && double.TryParse(viewBox[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var vw)
            && double.TryParse(viewBox[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var vh) && vw > 0 && vh > 0)
        {
            return (w, h) switch
            {
                ({ } a, { } b) => (a, b),
                ({ } a, null) => (a, a * vh / vw),
                (null, { } b) => (b * vw / vh, b),
                _ => (vw, vh),
            };
        }

        return w is > 0 && h is > 0 ? (w, h) : (null, null);
    }

    private static double? Length(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var v = value.Trim();
        if (v.EndsWith("px", StringComparison.Ordinal))
        {
            v = v[..^2];
        }

        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0 ? d : null;
    }

    private static int Depth(XElement root)
    {
        var max = 0;
        var stack = new Stack<(XElement, int)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (e, d) = stack.Pop();
            if (d > max)
            {
                max = d;
            }

            if (d > MaxDepth)
            {
                break;
            }

            foreach (var c in e.Elements())
            {
                stack.Push((c, d + 1));
            }
        }

        return max;
    }

    private static void Count(SortedDictionary<string, int> removed, string what) => removed[what] = removed.GetValueOrDefault(what) + 1;

    [GeneratedRegex(@"url\s*\((?<t>[^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"@import[^;]*;?", RegexOptions.IgnoreCase)]
    private static partial Regex Import();

    [GeneratedRegex(@"expression\s*\(|javascript:|-moz-binding|behavior\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    // An id reference: any characters but spaces, quotes, brackets and slashes (ids may be in any script, or start with a digit).
    [GeneratedRegex(@"^[^\s""'()<>\\/:]+$")]
    private static partial Regex LocalId();

    [GeneratedRegex(@"^data:image/(png|jpeg|jpg|gif|webp);base64,[A-Za-z0-9+/=\s]+$", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddedRaster();
}
