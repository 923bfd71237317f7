using Site.Content.Config;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Content.Text;

namespace Site.Content.Loading;

/// <summary>
/// Makes a translated page from its source page: the translation gives only words (title,
/// summary, body, optionally tags); facts come from the source by construction. A fact repeated
/// with the same value is a warning (it will drift), a contradicting one is an error.
/// </summary>
internal static class TranslationBuilder
{
    /// <param name="originAuthors">The origin site's list of authors for the translation's language, whose keys <see cref="AuthorLists.Check"/> reports.</param>
    public static Page? Build(ParsedFile translation, ParsedFile sourceFile, Page source, DiagnosticBag diagnostics, out bool isDraft, AuthorList? originAuthors = null)
    {
        isDraft = false;
        var doc = translation.Document;
        var reader = new FrontMatterReader(doc.Source, diagnostics);
        var schema = PageSchema.For(translation.Kind);
        var fm = doc.FrontMatter;
        // Invalid YAML (reported): built from the keys that could be read, so that its body is checked in this run.
        if (!doc.IsValid && !doc.BodyUsable)
        {
            return null;
        }

        // Reported with the lines to write, and built (its `# ` line, else the source's title, standing in) so that its body is checked in this run.
        string? headingTitle = null;
        if (!fm.Present && translation.Kind != PageKind.Home)
        {
            headingTitle = TitleLine.Of(doc.Body);
            reader.Error(new Position(1, 1), headingTitle is null
                ? "missing front matter: a translation starts with the lines `---`, `title: …`, `---` (the translated title)"
                : $"missing front matter: a translation starts with the lines `---`, `title: {YamlValueWriter.Scalar(headingTitle)}`, `---` (the title is the body's `# ` line, which is then left out as a repeat)");
        }

        var translationKeys = schema.TranslationKeys;
        foreach (var e in fm.Entries)
        {
            if (translationKeys.Contains(e.Key))
            {
                continue;
            }

            if (schema.Facts.Contains(e.Key))
            {
                CheckFact(e, sourceFile, reader);
                continue;
            }

            // No note that translations give only words: a key unknown here is unknown on the source too, and the advice
            // itself says so where a translation differs (a date or URL it takes from its source). Added to every message,
            // the note only puzzled (KubeVela's import).
            KeyValidator.ReportUnknown(e, schema, [.. translationKeys.Union(schema.Facts)], reader, inherited: schema.Facts, block: fm, translation: (translation.Language, sourceFile.Language));
        }

        string? title = fm.Get("title") is { } te ? reader.String(te) : headingTitle;
        if (title is null && translation.Kind != PageKind.Home)
        {
            if (fm.Get("title") is null && fm.Present && doc.Lacks("title"))
            {
                reader.Error(new Position(1, 1), "missing required key `title`: a translation gives the translated title");
            }

            // Reported, so the build fails; the source's title stands in so that the translation's body is checked in the same run.
            title = source.Title;
        }

        if (fm.Get("draft") is { } de && reader.Bool(de) == true)
        {
            isDraft = true;
        }

        var summary = fm.Get("summary") is { } se ? reader.String(se) : null;
        SummaryRepeatsTitle.Check(reader, fm.Get("summary"), title, summary);
        string? declared = fm.Get("sourceHash") is { } he ? reader.String(he) : null;
        var state = TranslationState.Translated;
        if (declared is not null)
        {
            if (string.Equals(declared, source.SourceHash, StringComparison.OrdinalIgnoreCase))
            {
                state = TranslationState.UpToDate;
            }
            else
            {
                state = TranslationState.Outdated;
                reader.Warning(fm.Get("sourceHash")!.ValuePosition,
                    $"translation is outdated: {sourceFile.DisplayPath} changed since `sourceHash: {declared}` (now `{source.SourceHash}`)");
            }
        }

        // Stubs from `translate` keep the source's paragraphs as comments to write over. A body without
        // comments is kept as the parse kept it, never decoded.
        var body = doc.BodyCompact;
        var comments = 0;
        if (body.ContainsAscii("<!--"))
        {
            var stripped = Translation.TranslationStub.StripComments(body.ToString(), out comments);
            body = Text.CompactText.Of(stripped);
        }

        if (comments > 0 && body.IsWhiteSpace() && !isDraft && !source.BodyCompact.IsWhiteSpace())
        {
            reader.Warning(new Position(doc.BodyStartLine, 1), "the body holds only the commented source text: translate it (or keep `draft: true` until done)");
        }
        else if (!isDraft && !body.IsWhiteSpace() && SameText(body, source.BodyCompact))
        {
            // A copy published as a translation: readers of the language would take the page for translated.
            var sourceLanguage = sourceFile.Language.Name;
            reader.Warning(new Position(doc.BodyStartLine, 1),
                $"the body is its source's, in {sourceLanguage}, not translated: translate it, or delete the file until it is (readers of {translation.Language.Name} then get the {sourceLanguage} page with a \"not yet translated\" notice, which this copy hides from them)");
        }
        else if (!isDraft && ProseScript.IsHanLanguage(translation.Language.Code) && !ProseScript.IsHanLanguage(sourceFile.Language.Code)
            && ProseScript.Count(body.ToString()) is var (letters, han) && ProseScript.ReadsAsLatin(letters, han))
        {
            // Left untranslated at the source (Volcano's Chinese "how Volcano…" post is the English text): counted as translated, shown as Chinese.
            var (sourceLanguage, language) = (sourceFile.Language.Name, translation.Language.Name);
            reader.Warning(new Position(doc.BodyStartLine, 1),
                $"the body reads as {sourceLanguage}, not {language} (only {han} of its {letters} letters are Han characters), so readers of {language} would get the page in {sourceLanguage}, marked as translated: translate it, or delete the file until it is (readers of {language} then get the {sourceLanguage} page with a \"not yet translated\" notice)");
        }

        var translated = source with
        {
            Language = translation.Language.Code,
            Url = PagePath.UrlOf(translation.Id, translation.Language.UrlPrefix),
            SourcePath = doc.Source.DisplayPath,
            FullPath = translation.FullPath,
            Title = title ?? source.Title,
            Summary = summary,
            BodyCompact = body,
            BodyStartLine = doc.BodyStartLine,
            ContentLanguage = translation.Language.Code,
            TranslationState = state,
            DeclaredSourceHash = declared,
            Translators = fm.Get("translators") is { } translators ? AuthorNames.Read(translators, reader) : [],
            IsDraft = source.IsDraft || isDraft,
        };

        IReadOnlyList<string>? translatedTags = null;
        if (fm.Get("tags") is { } tagEntry && reader.List(tagEntry) is { } tags)
        {
            foreach (var t in tags.Where(t => Text.Slug.From(t).Length == 0))
            {
                reader.Error(tagEntry.ValuePosition, $"tag `{t}` has no letters or digits, so it cannot have a tag page");
            }

            translatedTags = tags;
        }

        if (translated is PostPage post && (translatedTags is not null || fm.Get("authors") is not null))
        {
            translated = post with
            {
                Tags = translatedTags ?? post.Tags,
                Authors = fm.Get("authors") is { } authors ? AuthorNames.Read(authors, reader, originAuthors) : post.Authors,
            };
        }
        else if (translated is TermPage term)
        {
            // The index sorts each language by its own words: the source's `sortAs` spells the English title.
            translated = term with
            {
                Tags = translatedTags ?? term.Tags,
                SortAs = fm.Get("sortAs") is { } sortEntry ? reader.String(sortEntry) : null,
            };
        }

        return translated;
    }

    /// <summary>Builds the fallback of a source page for a language without a translation.</summary>
    public static Page Fallback(Page source, LanguageInfo language) => source with
    {
        Language = language.Code,
        Url = PagePath.UrlOf(source.Id, language.UrlPrefix),
        TranslationState = TranslationState.Fallback,
    };

    /// <summary>The same text once line ends and the white space around it are set aside.</summary>
    /// <remarks>
    /// Every translation of a build is compared with its source, and almost none matches: both are decoded into pooled
    /// buffers and walked once, where strings of both bodies with their line ends replaced were 231 MiB of allocation on
    /// the large benchmark corpus (6,089 translations), a sixth of the content load's.
    /// </remarks>
    internal static bool SameText(CompactText a, CompactText b)
    {
        if (a.Length == 0)
        {
            return false;
        }

        var left = System.Buffers.ArrayPool<char>.Shared.Rent(a.Length);
        var right = System.Buffers.ArrayPool<char>.Shared.Rent(b.Length);
        try
        {
            a.CopyTo(left);
            b.CopyTo(right);
            ReadOnlySpan<char> x = left.AsSpan(0, a.Length).Trim(), y = right.AsSpan(0, b.Length).Trim();
            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (LineEndAsNewline(x, ref i) != LineEndAsNewline(y, ref j))
                {
                    return false;
                }
            }

            return i == x.Length && j == y.Length;
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(left);
            System.Buffers.ArrayPool<char>.Shared.Return(right);
        }

        // The character at `at`, moved past; every line end (CR LF and the others string.ReplaceLineEndings knows) reads as `\n`.
        static char LineEndAsNewline(ReadOnlySpan<char> text, ref int at)
        {
            var c = text[at++];
            if (c == '\r' && at < text.Length && text[at] == '\n')
            {
                at++;
            }

            return c is '\r' or '\f' or '\u0085' or '\u2028' or '\u2029' ? '\n' : c;
        }
    }

    private static DateTimeOffset? DateOf(FrontMatterEntry e) =>
        e.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text } && FrontMatterReader.TryParseDate(text, out var date) ? date : null;

    private static void CheckFact(FrontMatterEntry e, ParsedFile sourceFile, FrontMatterReader reader)
    {
        var sourceEntry = sourceFile.Document.FrontMatter.Get(e.Key);
        if (sourceEntry is null)
        {
            reader.Error(e.KeyPosition, $"`{e.Key}` is a fact, which translations inherit, and {sourceFile.DisplayPath} leaves it out: remove this line (to set it for every language, add it to the source page)");
            return;
        }

        if (FrontMatterReader.Normalise(e.Value) == FrontMatterReader.Normalise(sourceEntry.Value))
        {
            reader.Warning(e.KeyPosition, $"`{e.Key}` is inherited from {sourceFile.DisplayPath}; remove it from the translation");
            return;
        }

        var shown = sourceFile.Document.Source.Line(sourceEntry.KeyPosition.Line)?.Trim();
        // The page has one date, and the translation's may be the right one: a translation published before its source
        // (Volcano's Chinese posts were WeChat's originals), or one whose text names the day (KubeEdge's v1.21 release post
        // said 6月28日 in its first sentence, dated ten days after its source). The choice is the contributor's, not lost by
        // deleting the line.
        var earlier = e.Key == "date" && DateOf(e) is { } own && DateOf(sourceEntry) is { } theirs
            ? $" (every language shows that date; {(own < theirs ? "if this text appeared first, its date is the page's" : "if this one is right")}:"
                + $" write `date: {own.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}` in {sourceFile.DisplayPath} instead)"
            : string.Empty;
        reader.Error(e.ValuePosition,
            $"`{e.Key}` contradicts the source page: {sourceFile.DisplayPath}:{sourceEntry.KeyPosition.Line} says `{shown}`; translations inherit facts, remove this line{earlier}");
    }
}
