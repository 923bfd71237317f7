using System.Globalization;
using System.Text.RegularExpressions;
using Site.Content;
using Site.Content.Diagnostics;
using Site.Content.Markdown;
using Site.Content.Model;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Incremental;

namespace Site.Pipeline.Checks;

/// <summary>
/// Warns about pages shown in lists (posts, projects, categories, SIGs) that have no
/// <c>summary:</c> and whose body does not open with a paragraph: lists and feeds would show
/// nothing, or a paragraph from further down the page. A summary its author marked with
/// <c>&lt;!--more--&gt;</c> that runs long is a warning too. A warning, never an error.
/// </summary>
public sealed partial class EmptySummaryCheck(string contentPipeline) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var content = Shared.Find<ContentSet>(context, contentPipeline, Keys.Content);
        var rendered = Shared.Find<RenderedPages>(context, contentPipeline, Keys.Rendered);
        if (content is null || rendered is null)
        {
            return inputs;
        }

        var found = new Diagnostic?[content.Pages.Count];
        Parallel.For(0, content.Pages.Count, context.ParallelOptions, i =>
        {
            var page = content.Pages[i];
            // A fallback shows its source's words, which are checked on the source itself.
            if (page.IsFallback || !string.IsNullOrWhiteSpace(page.Summary) || !IsListed(page) || IsImportedWithoutWords(page))
            {
                return;
            }

            found[i] = Check(page, rendered.Get(page));
        });

        context.Report(found.OfType<Diagnostic>());
        return inputs;
    }

    internal static Diagnostic? Check(Page page, RenderedMarkdown? rendered)
    {
        if (rendered is { SummaryIsMarked: true })
        {
            return LongMarkedSummary(page, rendered); // the author chose it with `<!--more-->`
        }

        var (line, opening) = FirstBlock(page.Body, page.Title);
        var hasParagraph = rendered is { FirstParagraphText.Length: > 0 };
        if ((opening is null || opening == Image) && hasParagraph)
        {
            return null; // a banner image first: the summary is the paragraph under it, the post's first words
        }

        const string fix = "add `summary:` to the front matter or open the body with a paragraph";
        if (line < 0 || !hasParagraph)
        {
            var what = line < 0 ? "the body is empty" : $"the body has no paragraph (it opens with {opening ?? "other markup"})";
            return Diagnostic.Warning(page.SourcePath, line < 0 ? 1 : page.BodyStartLine + line, 1,
                $"empty summary: {what}, so lists and feeds would show no summary; {fix}",
                line < 0 ? null : LineOf(page.Body, line));
        }

        var lineText = LineOf(page.Body, line);
        if (opening == Heading && IsIntroductionHeading(lineText))
        {
            return null; // `### Summary`, `## TL;DR`, `## 简介`: the paragraph under it is the summary, as the author titled it
        }

        return Diagnostic.Warning(page.SourcePath, page.BodyStartLine + line, 1,
            $"no summary: the body opens with {opening}, so lists show the first paragraph after it, \"{Preview(rendered!.FirstParagraphText)}\";"
            + $" if those words do not introduce the {page.Kind.ToString().ToLowerInvariant()}, {fix}",
            lineText);
    }

    /// <summary>
    /// Longest author-marked summary left alone, in characters: a list shows all of it, run together (headings become
    /// run-in text). KubeVela's posts put `&lt;!--truncate--&gt;` after whole sections: up to 1,897 characters per entry.
    /// </summary>
    internal const int LongSummary = 500;

    /// <summary>
    /// How much room a text takes in a list, in Latin letters: a Han character (or another wide one) is as wide as two,
    /// so a Chinese summary reaches the limit at half as many characters as an English one takes the same space.
    /// </summary>
    internal static int Width(string text) => Content.Text.DisplayWidth.Of(text);

    private static Diagnostic? LongMarkedSummary(Page page, RenderedMarkdown rendered)
    {
        var length = rendered.FirstParagraphText.Length;
        if (Width(rendered.FirstParagraphText) <= LongSummary)
        {
            return null;
        }

        var (line, marker) = rendered.SummaryMarker is var (at, written) ? (at, written) : (-1, null);
        // Moving the marker up is offered only where it would give a summary short enough: Chaos Mesh's markers sat right
        // under the opening paragraph already, and a contributor cannot follow "move it up" there.
        var move = rendered.MarkedSummaryAtOpeningParagraph is { } opening && Width(opening) <= LongSummary ? "move the marker up to the end of the opening paragraph, or " : string.Empty;
        var why = rendered.MarkedSummaryAtOpeningParagraph is null ? " the marker ends the opening paragraph already:"
            : move.Length == 0 ? $" the text above the end of the opening paragraph is {rendered.MarkedSummaryAtOpeningParagraph.Length.ToString("N0", CultureInfo.InvariantCulture)} characters too:"
            : string.Empty;
        return Diagnostic.Warning(page.SourcePath, line < 0 ? 1 : page.BodyStartLine + line, 1,
            $"long summary: lists and feeds show all {length.ToString("N0", CultureInfo.InvariantCulture)} characters above `{marker ?? "<!--more-->"}` as the {page.Kind.ToString().ToLowerInvariant()}'s summary, run together;"
            + $"{why} {move}write a `summary:` of a sentence or two in the front matter (at most {LongSummary} characters, {LongSummary / 2} in Chinese)",
            marker);
    }

    /// <summary>Headings that announce the introduction itself (Strimzi's posts open with `### Summary`).</summary>
    private static readonly HashSet<string> IntroductionHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "summary", "tl;dr", "tldr", "tl;dr;", "overview", "introduction", "intro", "abstract", "in brief", "in short", "at a glance",
        "摘要", "概述", "概要", "简介", "简述", "引言", "前言", "导读", "介绍",
    };

    private static bool IsIntroductionHeading(string? line)
    {
        var text = line?.Trim().TrimStart('#').Trim().TrimEnd('#').Trim().TrimEnd(':', '：', '.', '。').Trim();
        return text is not null && IntroductionHeadings.Contains(text);
    }

    private static string Preview(string text) => text.Length <= 60 ? text : text[..59].TrimEnd() + "…";

    /// <summary>
    /// A page `import landscape` wrote for an item without a description (79 of the 255 projects,
    /// most subcategories): the import reports them once, and repeating it on every check would
    /// bury the warnings about pages people wrote. Once someone writes a body, the check applies.
    /// </summary>
    private static bool IsImportedWithoutWords(Page page) =>
        page is ProjectPage { LandscapeName: not null } or CategoryPage { LandscapePath: not null } && page.BodyCompact.IsWhiteSpace();

    private const string Image = "an image";
    private const string Heading = "a heading";

    private static bool IsListed(Page page) => page.Kind is PageKind.Post or PageKind.Project or PageKind.Category or PageKind.Sig;

    /// <summary>
    /// 0-based body line of the first non-blank line, and what it opens unless it is a paragraph; (-1, null) for an empty
    /// body. A first `# Title` line that repeats <paramref name="title"/> is passed over: readers never see it.
    /// </summary>
    internal static (int Line, string? Opening) FirstBlock(string body, string? title = null)
    {
        var lineNumber = 0;
        var first = true;
        var inComment = false;
        foreach (var raw in body.AsSpan().EnumerateLines())
        {
            if (raw.IsWhiteSpace())
            {
                lineNumber++;
                continue;
            }

            // An HTML comment is not shown: what follows it opens the body.
            if (inComment || raw.TrimStart().StartsWith("<!--"))
            {
                inComment = !raw.Contains("-->", StringComparison.Ordinal);
                lineNumber++;
                continue;
            }

            if (first && title is not null && raw.StartsWith("# ") && MarkdownRenderer.SameTitle(raw[2..].Trim().TrimEnd('#').Trim().ToString(), title))
            {
                first = false;
                lineNumber++;
                continue;
            }

            first = false;

            var indented = raw.Length >= 4 && raw[..4].IsWhiteSpace() || raw[0] == '\t';
            var text = raw.TrimStart();
            string? opening = text switch
            {
                _ when indented => "a code block",
                ['#', ..] => Heading,
                ['`', '`', '`', ..] or ['~', '~', '~', ..] => "a code block",
                ['>', ..] => "a quote",
                ['|', ..] => "a table",
                ['!', '[', ..] => Image,
                ['-' or '*' or '+', ' ', ..] => "a list",
                ['<', ..] when ShowsOnlyImages(body, lineNumber) => Image,
                ['<', ..] => "raw HTML",
                _ when IsOrderedListItem(text) => "a list",
                _ when IsThematicBreak(text) => "a horizontal rule",
                _ => null,
            };
            return (lineNumber, opening);
        }

        return (-1, null);
    }

    /// <summary>
    /// Whether the HTML block from 0-based body line <paramref name="from"/> to the next blank line shows images and no
    /// words (`&lt;p align="center"&gt;&lt;img …&gt;&lt;/p&gt;`, GitHub-style banners): a banner, as `![…](…)` is.
    /// </summary>
    private static bool ShowsOnlyImages(string body, int from)
    {
        var block = new System.Text.StringBuilder();
        var index = 0;
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            if (index++ < from)
            {
                continue;
            }

            if (line.IsWhiteSpace())
            {
                break;
            }

            block.Append(line).Append('\n');
        }

        var html = block.ToString();
        return (html.Contains("<img", StringComparison.OrdinalIgnoreCase) || html.Contains("<picture", StringComparison.OrdinalIgnoreCase))
            && Tag().Replace(html, string.Empty).Trim().Length == 0;
    }

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    private static bool IsOrderedListItem(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ';
    }

    private static bool IsThematicBreak(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length >= 3 && trimmed[0] is '-' or '*' or '_' && trimmed.IndexOfAnyExcept(trimmed[0], ' ') < 0;
    }

    private static string? LineOf(string body, int line)
    {
        var index = 0;
        foreach (var text in body.AsSpan().EnumerateLines())
        {
            if (index++ == line)
            {
                return text.ToString();
            }
        }

        return null;
    }
}
