using System.Text;

namespace Site.Cli.Scaffolding;

/// <summary>Writes front matter values that YAML reads back exactly, whatever a title contains.</summary>
internal static class YamlText
{
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
                case < ' ': sb.Append($"\\x{(int)c:x2}"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>A flow list of quoted strings: <c>["a", "b"]</c>.</summary>
    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";
}
