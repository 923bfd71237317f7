using System.Text.Json;
using System.Xml;

namespace Site.Tests.BadInput;

/// <summary>Checks that the contributor strings of <see cref="BadInputCases.Hostile"/> landed escaped in every kind of output file.</summary>
public static class HostileOutput
{
    public static void AssertEscaped(string output)
    {
        var checkedFiles = 0;
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            switch (Path.GetExtension(file))
            {
                case ".html":
                    // The payload must never become markup: no script element, image or closing tag of its own.
                    Assert.DoesNotContain("<script>alert", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("<img src=x", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("</title></script>", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("\"><script>alert(9)", text, StringComparison.Ordinal);
                    break;
                case ".json":
                    // Standalone JSON (search files): must stay parseable whatever the strings hold, and keep
                    // markup characters escaped (\u003c…), so no contributor's <script> appears raw in a file.
                    using (JsonDocument.Parse(text))
                    {
                    }

                    Assert.True(text.IndexOfAny(['<', '>', '&']) < 0, $"{file} holds a raw markup character");
                    break;
                case ".xml":
                    new XmlDocument().LoadXml(text);
                    break;
                default:
                    continue;
            }

            checkedFiles++;
        }

        Assert.True(checkedFiles > 10, $"only {checkedFiles} output files checked");
    }
}
