using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Content.FrontMatter;

/// <summary>
/// Writes front matter values that YAML reads back exactly and that read well in a diff: plain
/// scalars when that is unambiguous (`graduated`, `2018-08-09`, `https://prometheus.io/`),
/// double quotes otherwise, flow lists and maps on one line, block lists and maps for records.
/// Output is deterministic, so writing the same values twice gives the same bytes.
/// </summary>
public static partial class YamlValueWriter
{
    /// <summary>A scalar, plain when safe in the given context (flow: inside `[…]` or `{…}`).</summary>
    public static string Scalar(string value, bool flow = false) => IsPlainSafe(value, flow) ? value : Quote(value);

    /// <summary>A double-quoted scalar: quotes, backslashes and control characters escaped.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ' or '\u007f' or '\u0085' or '\u2028' or '\u2029': sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>`[a, b]`.</summary>
    public static string FlowList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(v => Scalar(v, flow: true))) + "]";

    /// <summary>`{ a: 1, b: x }` from pairs whose values are already written (see <see cref="Scalar"/>).</summary>
    public static string FlowMap(IEnumerable<(string Key, string Written)> fields) =>
        "{ " + string.Join(", ", fields.Select(f => $"{f.Key}: {f.Written}")) + " }";

    /// <summary>`key: value` on one line.</summary>
    public static string Line(string key, string written) => $"{key}: {written}";

    /// <summary>A block list of one-line items: `key:` then `  - item` lines.</summary>
    public static string BlockList(string key, IEnumerable<string> writtenItems, string newline = "\n")
    {
        var sb = new StringBuilder().Append(key).Append(':');
        foreach (var item in writtenItems)
        {
            sb.Append(newline).Append("  - ").Append(item);
        }

        return sb.ToString();
    }

    /// <summary>A block map: `key:` then `  name: value` lines.</summary>
    public static string BlockMap(string key, IEnumerable<(string Name, string Written)> fields, string newline = "\n")
    {
        var sb = new StringBuilder().Append(key).Append(':');
        foreach (var (name, written) in fields)
        {
            sb.Append(newline).Append("  ").Append(name).Append(": ").Append(written);
        }

        return sb.ToString();
    }

    private static bool IsPlainSafe(string value, bool flow)
    {
        if (value.Length == 0 || value != value.Trim() || !PlainPattern().IsMatch(value) || Reserved().IsMatch(value))
        {
            return false;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            return false;
        }

        return !flow || value.IndexOfAny([',', '[', ']', '{', '}']) < 0;
    }

    // Starts with a letter or digit (no indicator such as `-`, `?`, `*`, `&`, `!`, `|`, `>`, `'`, `"`, `%`, `@`, `` ` ``),
    // and holds only characters that need no quoting in a URL, word or date.
    [GeneratedRegex(@"^[\p{L}\p{N}/][\p{L}\p{N} ._/:@+\-~=?&%#,()]*$")]
    private static partial Regex PlainPattern();

    // Words and numbers a YAML 1.1/1.2 reader would not read as text.
    [GeneratedRegex(@"^(?i:y|n|yes|no|true|false|on|off|null|~|\.nan|\.inf|[-+]?\.inf)$|^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$|^0[xob][0-9a-fA-F_]+$|^\d+(:\d+)+$")]
    private static partial Regex Reserved();
}
