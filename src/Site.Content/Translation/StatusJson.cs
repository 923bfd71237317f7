using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Content.Translation;

/// <summary>
/// The status report as JSON for bots (`status --json`): stable snake_case names, every list
/// present (empty rather than null), counts next to the lists. Written with
/// <see cref="Utf8JsonWriter"/>, so any text a contributor wrote is escaped.
/// </summary>
public static class StatusJson
{
    public static string Write(TranslationStatusReport report)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default }))
        {
            w.WriteStartObject();
            w.WriteString("default_language", report.DefaultLanguage);
            w.WriteBoolean("complete", report.IsComplete);
            w.WriteStartArray("languages");
            foreach (var lang in report.Languages)
            {
                WriteLanguage(w, lang);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteLanguage(Utf8JsonWriter w, LanguageStatus lang)
    {
        w.WriteStartObject();
        w.WriteString("code", lang.Code);
        w.WriteString("name", lang.Name);
        w.WriteNumber("source_pages", lang.SourcePages);
        w.WriteNumber("translated", lang.Translated);
        w.WriteNumber("outdated", lang.Outdated);
        w.WriteNumber("unknown", lang.Unknown);
        w.WriteNumber("missing", lang.Missing);
        w.WriteNumber("orphaned", lang.Orphaned);
        w.WriteNumber("coverage", Math.Round(lang.Coverage, 4));
        w.WriteStartArray("sections");
        foreach (var s in lang.Sections)
        {
            w.WriteStartObject();
            w.WriteString("section", s.Section);
            w.WriteNumber("source_pages", s.SourcePages);
            Items(w, "translated", s.Translated);
            Items(w, "outdated", s.Outdated);
            Items(w, "unknown", s.Unknown);
            Items(w, "missing", s.Missing);
            Items(w, "orphaned", s.Orphaned);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("ui_strings");
        w.WriteNumber("total", lang.UiStrings.Total);
        w.WriteStartArray("missing");
        foreach (var k in lang.UiStrings.Missing)
        {
            w.WriteStringValue(k);
        }

        w.WriteEndArray();
        w.WriteStartArray("identical");
        foreach (var e in lang.UiStrings.Identical)
        {
            w.WriteStartObject();
            w.WriteString("key", e.Key);
            w.WriteString("value", e.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("extra");
        foreach (var k in lang.UiStrings.Extra)
        {
            w.WriteStringValue(k);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Items(Utf8JsonWriter w, string name, IReadOnlyList<StatusItem> items)
    {
        w.WriteStartArray(name);
        foreach (var i in items)
        {
            w.WriteStartObject();
            w.WriteString("id", i.Id);
            w.WriteString("title", i.Title);
            w.WriteString("path", i.Path);
            Nullable(w, "url", i.Url);
            Nullable(w, "source_url", i.SourceUrl);
            Nullable(w, "source_hash", i.DeclaredHash);
            Nullable(w, "current_hash", i.CurrentHash);
            if (i.LikelySource is not null)
            {
                w.WriteString("likely_source", i.LikelySource);
            }

            if (i.Diff is not null)
            {
                w.WriteString("diff", i.Diff);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
