using System.Net;
using System.Text;
using Site.Templating.Runtime;
using static Site.Templating.Builtins.BuiltinObjects;

namespace Site.Templating.Builtins;

/// <summary>The <c>html</c> builtin object.</summary>
internal static class HtmlFunctions
{
    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("escape", P("text"), (c, n, a) => a[0] == null ? null : WebUtility.HtmlEncode(c.Str(a[0])));
        o.DefWrite("escape", (c, n, statement, a) =>
        {
            if (a[0] != null)
            {
                WebUtility.HtmlEncode(c.Str(a[0]), c.OutputWriterFor(statement));
            }
        });
        o.Def("url_encode", P("text"), (c, n, a) => a[0] == null ? null : Uri.EscapeDataString(c.Str(a[0])));
        o.Def("url_escape", P("text"), (c, n, a) => a[0] == null ? null : UrlEscape(c.Str(a[0])));
        o.Def("strip", P("text"), (c, n, a) => a[0] == null ? null : HtmlTagStripper.Strip(c.Str(a[0])));
        o.Def("newline_to_br", P("text"), (c, n, a) =>
        {
            if (a[0] == null)
            {
                return null;
            }
            var text = c.Str(a[0]);
            var sb = new StringBuilder(text.Length + 16);
            for (var i = 0; i < text.Length; i++)
            {
                var ch = text[i];
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    sb.Append("<br />\r\n");
                    i++;
                }
                else if (ch is '\r' or '\n')
                {
                    sb.Append("<br />").Append(ch);
                }
                else
                {
                    sb.Append(ch);
                }
            }
            return sb.ToString();
        });
        return o;
    }

    private static string UrlEscape(string text)
    {
        var sb = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || "-_.~!*'();:@&=+$,/?#[]%".Contains((char)rune.Value)))
            {
                sb.Append((char)rune.Value);
                continue;
            }
            var count = rune.EncodeToUtf8(bytes);
            for (var i = 0; i < count; i++)
            {
                sb.Append('%').Append(bytes[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }
}
