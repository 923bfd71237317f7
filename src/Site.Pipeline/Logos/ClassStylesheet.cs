using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ExCSS;
using Site.Content.Logos;

namespace Site.Pipeline.Logos;

/// <summary>
/// Moves an SVG's class stylesheet (<c>.cls-1{fill:#5fd0de}</c>, what Illustrator and most editors export) onto the
/// elements that carry the classes, before Svg.Skia draws it. Svg.NET matches every rule against every element of
/// the document: atlantis.svg, a landscape logo of 2,474 paths and ~1,900 class rules, took 1.3-1.8 s to load, twice
/// a build (its published raster and its link-preview card), against 0.4 s with the rules moved. Only for drawing:
/// a published SVG keeps its stylesheet, which browsers apply in no time.
/// </summary>
/// <remarks>
/// The declarations are parsed by ExCSS with the settings Svg.NET itself uses and written, as written, into each
/// element's <c>style</c> attribute, ahead of its own inline declarations, in stylesheet order: a later rule wins, the
/// element's own <c>style</c> wins over every rule and every rule over a presentation attribute, as in the library.
/// Anything else (type, id, compound or descendant selectors, pseudo-classes, at-rules, <c>!important</c>, a
/// <c>media</c> or non-CSS <c>type</c>) leaves the stylesheet to Svg.NET. A test draws every logo of the sample site
/// both ways and compares the pixels.
/// </remarks>
public static partial class ClassStylesheet
{
    private static readonly XNamespace Svg = SvgSanitizer.SvgNamespace;

    /// <summary>The SVG with its class stylesheet moved onto its elements, or null when it has none or one this does not move.</summary>
    public static string? Inline(string svg)
    {
        if (!svg.Contains("style>", StringComparison.Ordinal)) // no </style> (or </svg:style>): most logos, not parsed again
        {
            return null;
        }

        XDocument document;
        try
        {
            document = XDocument.Parse(svg, LoadOptions.PreserveWhitespace);
        }
        catch (System.Xml.XmlException)
        {
            return null; // drawn as it is: Svg.NET reports what it cannot read
        }

        var styles = document.Descendants(Svg + "style").ToList();
        if (styles.Count == 0 || styles.Any(s => s.Attribute("media") is not null || ((string?)s.Attribute("type") ?? "text/css") != "text/css"))
        {
            return null;
        }

        var rules = RulesByClass(string.Join(Environment.NewLine, styles.Select(s => s.Value)));
        if (rules is null)
        {
            return null;
        }

        foreach (var element in document.Descendants())
        {
            if (element.Attribute("class") is not { } classes)
            {
                continue;
            }

            var matching = new SortedDictionary<int, string>();
            foreach (var name in classes.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var (order, declarations) in rules.GetValueOrDefault(name) ?? [])
                {
                    matching.TryAdd(order, declarations);
                }
            }

            if (matching.Count > 0)
            {
                var own = (string?)element.Attribute("style");
                element.SetAttributeValue("style", string.Join(";", matching.Values) + (own is null ? string.Empty : ";" + own));
            }
        }

        foreach (var style in styles)
        {
            style.Remove();
        }

        return document.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Each class's rules as (stylesheet position, declarations as written); null unless every rule is a list of plain class selectors.</summary>
    private static Dictionary<string, List<(int Order, string Declarations)>>? RulesByClass(string css)
    {
        // The parser settings Svg.NET loads stylesheets with: unknown rules and declarations (clip-path, …) kept.
        var stylesheet = new StylesheetParser(includeUnknownRules: true, includeUnknownDeclarations: true, tolerateInvalidValues: true).Parse(css);
        var byClass = new Dictionary<string, List<(int, string)>>(StringComparer.Ordinal);
        var order = 0;
        foreach (var node in stylesheet.Children)
        {
            if (node is not StyleRule rule)
            {
                return null;
            }

            var declarations = new StringBuilder();
            foreach (var property in rule.Style)
            {
                if (property.IsImportant)
                {
                    return null;
                }

                declarations.Append(declarations.Length == 0 ? string.Empty : ";").Append(property.Name).Append(':').Append(property.Original);
            }

            if (declarations.Length == 0)
            {
                order++;
                continue;
            }

            foreach (var selector in rule.SelectorText.Split(','))
            {
                var match = PlainClass().Match(selector.Trim());
                if (!match.Success)
                {
                    return null;
                }

                var name = match.Groups[1].Value;
                if (!byClass.TryGetValue(name, out var list))
                {
                    byClass[name] = list = [];
                }

                list.Add((order, declarations.ToString()));
            }

            order++;
        }

        return byClass;
    }

    [GeneratedRegex(@"^\.(-?[A-Za-z_][A-Za-z0-9_-]*)$")]
    private static partial Regex PlainClass();
}
