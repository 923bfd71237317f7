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

    /// <summary>Removes characters that are not allowed in XML 1.0 documents.</summary>
    public static string Clean(string text)
    {
        var ok = true;
        foreach (var c in text)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                ok = false;
                break;
            }
        }

        if (ok)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
