using System.Globalization;
using System.Text.RegularExpressions;
using Site.Content.Diagnostics;
using Site.Content.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.FrontMatter;

/// <summary>
/// Reads typed values out of front matter entries. Every wrong type becomes a diagnostic at the
/// value's position with an example of the right form; the getter then returns null so the
/// caller can keep going and report every problem of the file in one run.
/// </summary>
public sealed partial class FrontMatterReader(SourceText source, DiagnosticBag diagnostics)
{
    public SourceText Source => source;

    public bool HadErrors { get; private set; }

    public void Error(Position at, string message)
    {
        HadErrors = true;
        diagnostics.Add(source.Error(at.Line, at.Column, message));
    }

    public void Warning(Position at, string message) => diagnostics.Add(source.Warning(at.Line, at.Column, message));

    /// <summary>A non-empty single-line or block string.</summary>
    public string? String(FrontMatterEntry e)
    {
        if (e.Value is not YamlScalarNode scalar)
        {
            Error(e.ValuePosition, $"`{e.Key}` must be a single text value, not a {Describe(e.Value)}");
            return null;
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value) || (scalar.Style == ScalarStyle.Plain && value is "~" or "null"))
        {
            Error(e.KeyPosition, $"`{e.Key}` is empty: give it a value or remove the line");
            return null;
        }

        return value;
    }

    /// <summary>A list of non-empty strings (`[a, b]` or `- a` lines).</summary>
    public IReadOnlyList<string>? List(FrontMatterEntry e) => ListWithPositions(e)?.Select(x => x.Value).ToArray();

    public IReadOnlyList<(string Value, Position Position)>? ListWithPositions(FrontMatterEntry e)
    {
        if (e.Value is YamlScalarNode s && (s.Style != ScalarStyle.Plain || !string.IsNullOrEmpty(s.Value)))
        {
            Error(e.ValuePosition, $"`{e.Key}` must be a list, e.g. `{e.Key}: [{Quote(s.Value)}]` or one `- item` per line");
            return null;
        }

        if (e.Value is YamlScalarNode)
        {
            return [];
        }

        if (e.Value is not YamlSequenceNode seq)
        {
            Error(e.ValuePosition, $"`{e.Key}` must be a list, not a {Describe(e.Value)}");
            return null;
        }

        var items = new List<(string, Position)>(seq.Children.Count);
        var ok = true;
        foreach (var item in seq.Children)
        {
            var p = ToPosition(item);
            if (item is not YamlScalarNode { Value: { } v } || string.IsNullOrWhiteSpace(v))
            {
                // An empty item is usually a template's placeholder left unfilled (the CNCF glossary's `tags: ["", "", ""]`).
                Error(p, item is YamlScalarNode
                    ? $"`{e.Key}` has an empty item: remove it"
                    : $"each item of `{e.Key}` must be a single text value, not a {Describe(item)}");
                ok = false;
                continue;
            }

            items.Add((v.Trim(), p));
        }

        return ok ? items : null;
    }

    /// <summary>`true` or `false` only: YAML 1.1 words such as `yes` or `on` are rejected as ambiguous.</summary>
    public bool? Bool(FrontMatterEntry e)
    {
        if (e.Value is YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "True" or "TRUE" })
        {
            return true;
        }

        if (e.Value is YamlScalarNode { Style: ScalarStyle.Plain, Value: "false" or "False" or "FALSE" })
        {
            return false;
        }

        var shown = e.Value is YamlScalarNode sc ? $"`{sc.Value}`" : $"a {Describe(e.Value)}";
        Error(e.ValuePosition, $"`{e.Key}` must be `true` or `false`, not {shown}");
        return null;
    }

    public int? Int(FrontMatterEntry e)
    {
        if (e.Value is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        Error(e.ValuePosition, $"`{e.Key}` must be a whole number, e.g. `{e.Key}: 10`");
        return null;
    }

    /// <summary>
    /// The ISO form of a date written year first but not quite ISO (`2021-10-01 8:30:00+00:00`, `2022-3-9`), as Hugo and
    /// Jekyll read it; null for anything else (a day-first date is ambiguous, and is not guessed at).
    /// </summary>
    private static string? NearlyIso(string text)
    {
        if (text.Length < 8 || !char.IsAsciiDigit(text[0]) || text.IndexOf('-') != 4
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            return null;
        }

        var hasTime = text.Contains(':');
        return hasTime ? date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>ISO 8601 date, optionally with a time and an offset (UTC when none is given).</summary>
    public DateTimeOffset? Date(FrontMatterEntry e)
    {
        if (e.Value is YamlScalarNode { Value: { } v } && TryParseDate(v.Trim(), out var date))
        {
            return date;
        }

        var shown = e.Value is YamlScalarNode sc2 ? $"`{sc2.Value}`" : $"a {Describe(e.Value)}";
        var fix = e.Value is YamlScalarNode { Value: { } written } && NearlyIso(written.Trim()) is { } iso ? $": write `{e.Key}: {iso}`" : string.Empty;
        Error(e.ValuePosition, $"`{e.Key}` must be an ISO date such as `2019-05-30` or `2019-05-30T14:00:00+02:00`, not {shown}{fix}");
        return null;
    }

    public DateOnly? DateOnlyValue(FrontMatterEntry e) => Date(e) is { } d ? DateOnly.FromDateTime(d.DateTime) : null;

    /// <summary>An absolute http(s) URL: anything else (javascript:, relative paths) is refused.</summary>
    public string? Url(FrontMatterEntry e)
    {
        var v = String(e);
        if (v is null)
        {
            return null;
        }

        if (AbsoluteUri.TryParse(v, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return v;
        }

        Error(e.ValuePosition, $"`{e.Key}` must be an absolute http(s) URL, e.g. `https://example.org/`");
        return null;
    }

    /// <summary>One of a fixed set of words; a near miss gets a suggestion, a word of another site (<paramref name="foreign"/>, any case) its advice.</summary>
    public string? OneOf(FrontMatterEntry e, IReadOnlyList<string> allowed, IReadOnlyDictionary<string, string>? foreign = null)
    {
        var v = String(e);
        if (v is null)
        {
            return null;
        }

        if (allowed.Contains(v, StringComparer.Ordinal))
        {
            return v;
        }

        var hint = foreign is not null && foreign.TryGetValue(v.Trim(), out var advice) ? "; " + advice
            : NearestMatch.Find(v, allowed) is { } near ? $"; did you mean `{near}`?"
            : string.Empty;
        Error(e.ValuePosition, $"`{e.Key}: {v}` is not valid: use one of {string.Join(", ", allowed.Select(a => $"`{a}`"))}{hint}");
        return null;
    }

    public static bool TryParseDate(string v, out DateTimeOffset date)
    {
        date = default;
        if (!IsoDate().IsMatch(v))
        {
            return false;
        }

        var normalised = (v.Length > 10 && v[10] == ' ' ? v[..10] + "T" + v[11..] : v).Replace(" ", string.Empty, StringComparison.Ordinal);
        var hasOffset = normalised.Length > 10 && (normalised.EndsWith('Z') || OffsetSuffix().IsMatch(normalised));
        var styles = DateTimeStyles.AllowWhiteSpaces | (hasOffset ? DateTimeStyles.None : DateTimeStyles.AssumeUniversal);
        return DateTimeOffset.TryParse(normalised, CultureInfo.InvariantCulture, styles, out date);
    }

    public Position ToPosition(YamlNode node) => FrontMatterParser.ToFile(source, node.Start);

    /// <summary>A value's comparable form: scalars as text, lists joined; used to compare facts across languages.</summary>
    public static string Normalise(YamlNode node) => node switch
    {
        YamlScalarNode s => TryParseDate(s.Value ?? string.Empty, out var d) ? d.ToString("O", CultureInfo.InvariantCulture) : (s.Value ?? string.Empty).Trim(),
        YamlSequenceNode q => string.Join("\u001f", q.Children.Select(Normalise)),
        YamlMappingNode m => string.Join("\u001e", m.Children.Select(kv => Normalise(kv.Key) + "=" + Normalise(kv.Value))),
        _ => string.Empty,
    };

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "nested mapping",
        _ => "text",
    };

    /// <summary>
    /// The value as one item of a YAML flow list: in double quotes when it holds a comma or another character that
    /// would cut or change it there (`Craig Box (ARMO), for the Istio Product Security Working Group` is one author).
    /// </summary>
    // Trimmed: a folded scalar (`tags: >`) ends in a line break, which must not split the message.
    private static string Quote(string? v) => string.IsNullOrWhiteSpace(v) ? "item" : FlowItem(v.Trim());

    /// <summary>A value written as one item of a YAML flow list (`[a, b]`), quoted when it must be.</summary>
    internal static string FlowItem(string v) =>
        v.AsSpan().IndexOfAny(",[]{}#:&*!|>'\"%@`\n\r") >= 0 ? DoubleQuoted(v) : v;

    /// <summary>
    /// The text as a YAML double-quoted scalar: a JSON string is one, and the relaxed encoder keeps letters of any
    /// script readable (only quotes, backslashes and control characters are escaped).
    /// </summary>
    // JsonEncodedText rather than JsonSerializer: the same escaping, without the serializer's reflection
    // (see bench/README.md, "A native executable", for why that matters).
    public static string DoubleQuoted(string v) =>
        "\"" + System.Text.Json.JsonEncodedText.Encode(v, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\"";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"[+-]\d{2}:?\d{2}$")]
    private static partial Regex OffsetSuffix();
}
