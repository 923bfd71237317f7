using Site.Content.Config;
using Site.Content.Diagnostics;
using Site.Content.Text;

namespace Site.Content.Loading;

/// <summary>
/// A source page written in the site's Chinese (or other Han-script language): imported blogs put their Chinese
/// originals where the English ones go. Readers of the default language would get it as theirs, and readers of the
/// Han language would get it marked "not yet translated". Told with the move that makes it the translation.
/// </summary>
internal static class SourceLanguageCheck
{
    public static void Check(SiteConfig config, ParsedFile[] sourceFiles, ParsedFile?[] parsed, DiagnosticBag diagnostics)
    {
        var source = config.DefaultLanguage;
        // A site whose own language is written in Han characters has Chinese source pages by design.
        if (ProseScript.IsHanLanguage(source.Code) || config.Languages.FirstOrDefault(l => !l.IsDefault && ProseScript.IsHanLanguage(l.Code)) is not { } han)
        {
            return;
        }

        HashSet<string>? translated = null;
        foreach (var file in sourceFiles)
        {
            var body = file.Document.BodyCompact;
            // Bodies are kept as UTF-8: a Han character (U+3400–U+9FFF, U+F900–U+FAFF) starts with a byte 0xE3–0xE9 or
            // 0xEF, and an English body, dashes and quotes and all, has none of them, so most are passed over undecoded.
            if (body.Utf8 is { } utf8 && !utf8.Span.ContainsAnyInRange((byte)0xE3, (byte)0xE9) && !utf8.Span.Contains((byte)0xEF))
            {
                continue;
            }

            var (letters, hanLetters) = ProseScript.Count(body.ToString());
            if (!ProseScript.ReadsAsHan(letters, hanLetters))
            {
                continue;
            }

            translated ??= [.. parsed.Where(p => p is not null && p.Language == han).Select(p => p!.Id)];
            var display = file.DisplayPath;
            var root = display.EndsWith($"{source.Code}/{file.Id}", StringComparison.Ordinal) ? display[..^(source.Code.Length + 1 + file.Id.Length)] : string.Empty;
            var translation = $"{root}{han.Code}/{file.Id}";
            var advice = translated.Contains(file.Id)
                ? $"its {han.Code} translation, {translation}, exists already: write this page in {source.Name} (if this {han.Name} text is newer than that file's, copy it there first)"
                : $"it is the {han.Code} translation of a page yet to be written: move the file to {translation} and write the {source.Name} page here, in its place (the translation then keeps only its words, `title:`, `summary:` and the body; facts such as `date:` stay on the {source.Name} page)";
            diagnostics.Add(Diagnostic.Warning(display, file.Document.BodyStartLine, 1,
                $"the body reads as {han.Name}, not {source.Name} ({hanLetters} of its {letters} letters are Han characters), so readers of {source.Name} would get it as their page and readers of {han.Name} a \"not yet translated\" notice: {advice}"));
        }
    }
}
