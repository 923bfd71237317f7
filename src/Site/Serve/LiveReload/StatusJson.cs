using System.Text.Json;
using Site.Content.Diagnostics;

namespace Site.Cli.Serve.LiveReload;

/// <summary>
/// The status as JSON for the browser. Every string is contributor-controlled (paths,
/// messages, source lines), so the writer's default encoder escapes <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c>, quotes and non-ASCII; the script only ever puts them into <c>textContent</c>.
/// </summary>
public static class StatusJson
{
    public static string Write(BuildStatus status)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("version", status.Version);
            json.WriteBoolean("ok", status.Succeeded);
            json.WriteStartArray("errors");
            foreach (var d in status.Succeeded ? [] : status.Problems.Where(p => p.IsError))
            {
                WriteDiagnostic(json, d);
            }

            foreach (var failure in status.Failures)
            {
                json.WriteStartObject();
                json.WriteString("headline", $"error: {failure}");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("headline", d.Headline);
        json.WriteString("path", d.Path);
        json.WriteNumber("line", d.Line);
        json.WriteNumber("column", d.Column);
        json.WriteString("message", d.Message);
        if (d.SourceLine is { } source)
        {
            json.WriteString("source", source.TrimEnd('\r', '\n'));
        }

        json.WriteEndObject();
    }
}
