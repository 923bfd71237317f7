using System.Text;
using System.Xml;

namespace Site.Pipeline.Feeds;

/// <summary>XmlWriter settings shared by feeds and sitemaps: UTF-8 without BOM, indented, checked characters.</summary>
internal static class XmlText
{
    public static string Write(Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            // Contributors' text may hold control characters XML 1.0 forbids; they are dropped rather than failing the build.
            CheckCharacters = false,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Removes characters that are not allowed in XML 1.0 documents, lone surrogates included (XmlWriter throws on them).</summary>
    public static string Clean(string text)
    {
        var ok = true;
        for (var i = 0; i < text.Length && ok; i++)
        {
            ok = IsKept(text, ref i);
        }

        if (ok)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            if (IsKept(text, ref i))
            {
                sb.Append(text, start, i - start + 1);
            }
        }

        return sb.ToString();
    }

    /// <summary>True when the character at <paramref name="i"/> may stay; a valid surrogate pair advances <paramref name="i"/> past its low half.</summary>
    private static bool IsKept(string text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return true;
        }

        return !char.IsSurrogate(c) && XmlConvert.IsXmlChar(c);
    }
}
