using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Site.Templating.Runtime;
using static Site.Templating.Builtins.BuiltinObjects;

namespace Site.Templating.Builtins;

/// <summary>The <c>string</c> builtin object.</summary>
internal static class StringFunctions
{
    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("append", P("text", "with"), (c, n, a) => c.Str(a[0]) + c.Str(a[1]));
        o.Def("prepend", P("text", "by"), (c, n, a) => c.Str(a[1]) + c.Str(a[0]));
        o.Def("capitalize", P("text"), (c, n, a) =>
        {
            var s = c.Str(a[0]);
            return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
        });
        o.Def("capitalizewords", P("text"), (c, n, a) => CapitalizeWords(c.Str(a[0])));
        o.Def("contains", P("text", "value"), (c, n, a) => a[1] != null && c.Str(a[0]).Contains(c.Str(a[1]), StringComparison.Ordinal));
        o.Def("empty", P("text"), (c, n, a) => string.IsNullOrEmpty(a[0] as string ?? (a[0] == null ? null : c.Str(a[0]))));
        o.Def("whitespace", P("text"), (c, n, a) => string.IsNullOrWhiteSpace(a[0] == null ? null : c.Str(a[0])));
        o.Def("downcase", P("text"), (c, n, a) => c.Str(a[0]).ToLowerInvariant());
        o.Def("upcase", P("text"), (c, n, a) => c.Str(a[0]).ToUpperInvariant());
        o.Def("ends_with", P("text", "value"), (c, n, a) => a[1] != null && c.Str(a[0]).EndsWith(c.Str(a[1]), StringComparison.Ordinal));
        o.Def("starts_with", P("text", "value"), (c, n, a) => a[1] != null && c.Str(a[0]).StartsWith(c.Str(a[1]), StringComparison.Ordinal));
        o.Def("equals_ignore_case", P("text", "value"), (c, n, a) => string.Equals(c.Str(a[0]), c.Str(a[1]), StringComparison.OrdinalIgnoreCase));
        o.Def("escape", P("text"), (c, n, a) =>
        {
            var sb = new StringBuilder();
            ObjectPrinter.AppendEscaped(sb, c.Str(a[0]));
            return sb.ToString();
        });
        o.Def("literal", P("text"), (c, n, a) =>
        {
            if (a[0] == null)
            {
                return "null";
            }
            var sb = new StringBuilder();
            ObjectPrinter.AppendQuoted(sb, c.Str(a[0]));
            return sb.ToString();
        });
        o.Def("handleize", P("text"), (c, n, a) => Handleize(c.Str(a[0])));
        o.DefWrite("handleize", (c, n, statement, a) =>
        {
            var sb = HandleizeTo(c.Str(a[0]));
            c.WriteText(statement, sb);
            StringBuilderCache.Release(sb);
        });
        o.Def("lstrip", P("text"), (c, n, a) => c.Str(a[0]).TrimStart());
        o.Def("rstrip", P("text"), (c, n, a) => c.Str(a[0]).TrimEnd());
        o.Def("strip", P("text"), (c, n, a) => c.Str(a[0]).Trim());
        o.Def("strip_newlines", P("text"), (c, n, a) => c.Str(a[0]).Replace("\r\n", "").Replace("\n", "").Replace("\r", ""));
        o.Def("pluralize", P("number", "singular", "plural"), (c, n, a) => c.Int(n, a[0]) == 1 ? c.Str(a[1]) : c.Str(a[2]));
        o.Def("remove", P("text", "remove"), (c, n, a) =>
        {
            var r = c.Str(a[1]);
            return r.Length == 0 ? c.Str(a[0]) : c.Str(a[0]).Replace(r, "", StringComparison.Ordinal);
        });
        o.Def("remove_first", P("text", "remove"), (c, n, a) => ReplaceFirst(c.Str(a[0]), c.Str(a[1]), "", false));
        o.Def("remove_last", P("text", "remove"), (c, n, a) => ReplaceFirst(c.Str(a[0]), c.Str(a[1]), "", true));
        o.Def("replace", P("text", "match", "replace"), (c, n, a) =>
        {
            var m = c.Str(a[1]);
            return m.Length == 0 ? c.Str(a[0]) : c.Str(a[0]).Replace(m, c.Str(a[2]), StringComparison.Ordinal);
        });
        o.Def("replace_first", new[] { ParamSpec.Req("text"), ParamSpec.Req("match"), ParamSpec.Req("replace"), ParamSpec.Opt("from_end", false) },
            (c, n, a) => ReplaceFirst(c.Str(a[0]), c.Str(a[1]), c.Str(a[2]), ValueConverter.ToBool(a[3])));
        o.Def("size", P("text"), (c, n, a) => c.Str(a[0]).Length);
        o.Def("slice", new[] { ParamSpec.Req("text"), ParamSpec.Req("start"), ParamSpec.Opt("length", 0) }, (c, n, a) => Slice(c.Str(a[0]), c.Int(n, a[1]), c.Int(n, a[2]), false));
        o.Def("slice1", new[] { ParamSpec.Req("text"), ParamSpec.Req("start"), ParamSpec.Opt("length", 1) }, (c, n, a) => Slice(c.Str(a[0]), c.Int(n, a[1]), c.Int(n, a[2]), true));
        o.Def("split", P("text", "pattern"), (c, n, a) =>
        {
            var sep = c.Str(a[1]);
            var parts = sep.Length == 0 ? c.Str(a[0]).Select(ch => ch.ToString()) : c.Str(a[0]).Split(sep, StringSplitOptions.RemoveEmptyEntries);
            return new ScriptArray(parts.Cast<object?>());
        });
        o.Def("to_int", P("text"), (c, n, a) => int.TryParse(c.Str(a[0]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);
        o.Def("to_long", P("text"), (c, n, a) => long.TryParse(c.Str(a[0]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);
        o.Def("to_float", P("text"), (c, n, a) => float.TryParse(c.Str(a[0]), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null);
        o.Def("to_double", P("text"), (c, n, a) => double.TryParse(c.Str(a[0]), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null);
        o.Def("truncate", new[] { ParamSpec.Req("text"), ParamSpec.Req("length"), ParamSpec.Opt("ellipsis") }, (c, n, a) =>
        {
            var text = c.Str(a[0]);
            var length = c.Int(n, a[1]);
            var ellipsis = a[2] == null ? "..." : c.Str(a[2]);
            if (text.Length <= length)
            {
                return text;
            }
            var keep = length - ellipsis.Length;
            return keep <= 0 ? ellipsis : string.Concat(text.AsSpan(0, keep), ellipsis);
        });
        o.DefWrite("truncate", (c, n, statement, a) =>
        {
            var text = c.Str(a[0]);
            var length = c.Int(n, a[1]);
            var ellipsis = a[2] == null ? "..." : c.Str(a[2]);
            if (text.Length <= length)
            {
                c.WriteText(statement, text);
                return;
            }
            var keep = length - ellipsis.Length;
            if (keep > 0)
            {
                c.WriteText(statement, text.AsSpan(0, keep));
            }
            c.WriteText(statement, ellipsis);
        });
        o.Def("truncatewords", new[] { ParamSpec.Req("text"), ParamSpec.Req("count"), ParamSpec.Opt("ellipsis") }, (c, n, a) =>
        {
            var text = c.Str(a[0]);
            var count = c.Int(n, a[1]);
            if (count <= 0)
            {
                return string.Empty;
            }
            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length <= count)
            {
                return text;
            }
            return string.Join(' ', words.Take(count)) + "...";
        });
        o.Def("md5", P("text"), (c, n, a) => Hex(MD5.HashData(Encoding.UTF8.GetBytes(c.Str(a[0])))));
        o.Def("sha1", P("text"), (c, n, a) => Hex(SHA1.HashData(Encoding.UTF8.GetBytes(c.Str(a[0])))));
        o.Def("sha256", P("text"), (c, n, a) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(c.Str(a[0])))));
        o.Def("sha512", P("text"), (c, n, a) => Hex(SHA512.HashData(Encoding.UTF8.GetBytes(c.Str(a[0])))));
        o.Def("hmac_sha1", P("text", "secretKey"), (c, n, a) => Hex(HMACSHA1.HashData(Encoding.UTF8.GetBytes(c.Str(a[1])), Encoding.UTF8.GetBytes(c.Str(a[0])))));
        o.Def("hmac_sha256", P("text", "secretKey"), (c, n, a) => Hex(HMACSHA256.HashData(Encoding.UTF8.GetBytes(c.Str(a[1])), Encoding.UTF8.GetBytes(c.Str(a[0])))));
        o.Def("hmac_sha512", P("text", "secretKey"), (c, n, a) => Hex(HMACSHA512.HashData(Encoding.UTF8.GetBytes(c.Str(a[1])), Encoding.UTF8.GetBytes(c.Str(a[0])))));
        o.Def("pad_left", P("text", "width"), (c, n, a) => c.Str(a[0]).PadLeft(c.Int(n, a[1])));
        o.Def("pad_right", P("text", "width"), (c, n, a) => c.Str(a[0]).PadRight(c.Int(n, a[1])));
        o.Def("base64_encode", P("text"), (c, n, a) => Convert.ToBase64String(Encoding.UTF8.GetBytes(c.Str(a[0]))));
        o.Def("base64_decode", P("text"), (c, n, a) => Encoding.UTF8.GetString(Convert.FromBase64String(c.Str(a[0]))));
        o.Def("index_of", new[] { ParamSpec.Req("text"), ParamSpec.Req("search"), ParamSpec.Opt("start"), ParamSpec.Opt("count") }, (c, n, a) =>
        {
            var text = c.Str(a[0]);
            var start = a[2] == null ? 0 : c.Int(n, a[2]);
            var count = a[3] == null ? text.Length - start : c.Int(n, a[3]);
            return text.IndexOf(c.Str(a[1]), start, count, StringComparison.Ordinal);
        });
        return o;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private static string CapitalizeWords(string text)
    {
        var sb = new StringBuilder(text.Length);
        var previousIsLetter = false;
        foreach (var ch in text)
        {
            sb.Append(!previousIsLetter && char.IsLetter(ch) ? char.ToUpperInvariant(ch) : ch);
            previousIsLetter = char.IsLetterOrDigit(ch);
        }
        return sb.ToString();
    }

    /// <summary>Lower-case slug: letters and digits kept, other runs become one '-', trailing '-' trimmed.</summary>
    internal static string Handleize(string text) => StringBuilderCache.ToStringAndRelease(HandleizeTo(text));

    // The handle in a cached builder; the caller releases it.
    private static StringBuilder HandleizeTo(string text)
    {
        var sb = StringBuilderCache.Acquire(text.Length);
        var previousDash = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
                previousDash = false;
            }
            else if (!previousDash)
            {
                sb.Append('-');
                previousDash = true;
            }
        }
        if (sb.Length > 0 && sb[^1] == '-')
        {
            sb.Length--;
        }
        return sb;
    }

    private static string ReplaceFirst(string text, string match, string replace, bool fromEnd)
    {
        if (match.Length == 0)
        {
            return text;
        }
        var index = fromEnd ? text.LastIndexOf(match, StringComparison.Ordinal) : text.IndexOf(match, StringComparison.Ordinal);
        return index < 0 ? text : text[..index] + replace + text[(index + match.Length)..];
    }

    private static string Slice(string text, int start, int length, bool liquid)
    {
        if (start < 0)
        {
            start += text.Length;
        }
        if (!liquid && length <= 0)
        {
            length = text.Length;
        }
        if (start < 0)
        {
            length += start;
            start = 0;
        }
        if (start >= text.Length || length <= 0)
        {
            return string.Empty;
        }
        return text.Substring(start, Math.Min(length, text.Length - start));
    }
}
