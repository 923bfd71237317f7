using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Content.Markdown.Components;
using Site.Content.Markdown.Extensions;
using Site.Content.Markdown.Highlighting;

namespace Site.Content.Markdown;

/// <summary>
/// Checks of one body for markdown that parses without complaint but that readers would see wrong, most of it
/// written for another site generator: a component tag inside HTML, Hugo's and kramdown's attribute lines, a footnote
/// typed with a full-width colon, a diagram or LaTeX fence, LaTeX in a sentence, a fence never closed. Each is a finding at its line with the fix. The body is
/// searched once for the raw patterns (most bodies have none); blocks are then checked as the renderer walks them.
/// </summary>
internal sealed partial class MarkdownLints
{
    /// <summary>Fence languages that other sites draw as diagrams in the browser.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DiagramLanguages =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "mermaid", "plantuml", "graphviz", "dot" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The end of the diagram message: where the SVG goes. <see cref="RenderFindings"/>, which knows the page's file,
    /// says how to make a one-file page a bundle first (the body alone cannot tell).
    /// </summary>
    internal const string BesideInBundle = "the file beside the page in its bundle";

    private readonly string _markdown;
    private readonly int _firstLine;
    private readonly List<BodyFinding> _findings;
    /// <summary>Fence languages that other sites typeset as formulas in the browser (KaTeX, MathJax).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MathLanguages =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "math", "latex", "katex", "tex" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly List<int>? _attributeLines;
    private readonly List<int>? _mdxStatements;
    private readonly List<int>? _jsxTags;
    private readonly List<int>? _linkTypos;
    private readonly List<(int Index, string Text, string? Tag, string Arguments)>? _liquid;
    private List<(int Start, int End)>? _code;
    private readonly bool _fullWidthColonAfterBracket;
    private readonly bool _mayHoldMath;
    private readonly bool _mayHoldMarkers;
    private readonly bool _mayHoldEntities;

    public MarkdownLints(string markdown, int firstLine, List<BodyFinding> findings)
    {
        _markdown = markdown;
        _firstLine = firstLine;
        _findings = findings;
        foreach (var match in AttributeLine().EnumerateMatches(markdown))
        {
            (_attributeLines ??= []).Add(match.Index);
        }

        if (markdown.Contains("import ", StringComparison.Ordinal) || markdown.Contains("export ", StringComparison.Ordinal))
        {
            foreach (var match in MdxStatement().EnumerateMatches(markdown))
            {
                (_mdxStatements ??= []).Add(match.Index);
            }
        }

        if (JekyllLiquid.MayHold(markdown) && JekyllLiquid.Find(markdown).ToList() is { Count: > 0 } liquid)
        {
            _liquid = liquid;
        }

        if (markdown.Contains('<'))
        {
            foreach (var match in JsxTag().EnumerateMatches(markdown))
            {
                (_jsxTags ??= []).Add(match.Index);
            }
        }

        if (markdown.Contains("] (", StringComparison.Ordinal) || markdown.Contains("](", StringComparison.Ordinal) || markdown.Contains("[//]:", StringComparison.Ordinal)
            || markdown.Contains("]（", StringComparison.Ordinal))
        {
            foreach (var match in LinkTypo().EnumerateMatches(markdown))
            {
                (_linkTypos ??= []).Add(match.Index);
            }
        }

        _fullWidthColonAfterBracket = markdown.Contains("]：", StringComparison.Ordinal);
        _mayHoldMath = markdown.Contains("\\\\(", StringComparison.Ordinal) || markdown.Contains("$$", StringComparison.Ordinal);
        _mayHoldMarkers = markdown.AsSpan().IndexOfAny('*', '_') >= 0;
        _mayHoldEntities = markdown.Contains('&') && Entity().IsMatch(markdown); // one search of the page, not one per code line
    }

    public void Check(Block block)
    {
        if (_liquid is not null && block is CodeBlock)
        {
            Code(block.Span);
        }

        switch (block)
        {
            case HtmlBlock { Type: not (HtmlBlockType.ScriptPreOrStyle or HtmlBlockType.Comment) } html:
                ComponentInHtml(html);
                MarkdownInHtml(html);
                break;
            case ParagraphBlock paragraph:
                LiteralEmphasis(paragraph);
                if (_fullWidthColonAfterBracket)
                {
                    FullWidthFootnoteColon(paragraph);
                }

                if (_mayHoldMath)
                {
                    MathInText(paragraph);
                }

                for (var i = 0; _mdxStatements is not null && i < _mdxStatements.Count; i++)
                {
                    if (_mdxStatements[i] >= paragraph.Span.Start && _mdxStatements[i] <= paragraph.Span.End)
                    {
                        MdxStatementInText(paragraph, _mdxStatements[i]);
                    }
                }

                for (var i = 0; _linkTypos is not null && i < _linkTypos.Count; i++)
                {
                    if (_linkTypos[i] >= paragraph.Span.Start && _linkTypos[i] <= paragraph.Span.End)
                    {
                        LinkTypoInText(paragraph, _linkTypos[i]);
                    }
                }

                for (var i = 0; _jsxTags is not null && i < _jsxTags.Count; i++)
                {
                    if (_jsxTags[i] >= paragraph.Span.Start && _jsxTags[i] <= paragraph.Span.End)
                    {
                        JsxInText(paragraph, _jsxTags[i]); // each line's: two `<BlogAuthor />` lines make one paragraph
                    }
                }

                for (var i = 0; _attributeLines is not null && i < _attributeLines.Count; i++)
                {
                    if (_attributeLines[i] >= paragraph.Span.Start && _attributeLines[i] <= paragraph.Span.End)
                    {
                        AttributeLineInText(paragraph, _attributeLines[i]);
                    }
                }

                break;
            case CodeBlock indented and not FencedCodeBlock when indented.Parent is MarkdownDocument document && IsIndentedProse(indented, ReferenceEquals(document[0], indented)):
                // Chinese typesetting indents a paragraph's first line; Docusaurus (MDX) shows it as a paragraph, markdown as code.
                Add(Diagnostics.Severity.Warning, indented.Line, 1,
                    "this paragraph is indented by four spaces, so it is shown as code: remove the indentation (code goes in a ``` fence with its language)");
                break;
            case FencedCodeBlock { Info: { Length: > 0 } info } diagram when DiagramLanguages.Contains(CodeLanguages.FirstWordSpan(info)):
                // Docsy and GitHub draw these in the browser with a script; this site runs no such script (CSP), so readers get the source.
                Add(Diagnostics.Severity.Warning, diagram.Line, diagram.Column + 1,
                    $"a `{CodeLanguages.FirstWord(info)}` diagram is not drawn on this site: readers see its source as code; draw it as an image (SVG) and show it with `{{{{< figure src=\"diagram.svg\" alt=\"…\" >}}}}`, " + BesideInBundle);
                break;
            case FencedCodeBlock { Info: { Length: > 0 } info } math when MathLanguages.Contains(CodeLanguages.FirstWordSpan(info)):
                Add(Diagnostics.Severity.Warning, math.Line, math.Column + 1,
                    $"a `{CodeLanguages.FirstWord(info)}` block is not typeset on this site: readers see its LaTeX source as code; write the formula as text, or draw it as an image (SVG) and show it with `{{{{< figure src=\"formula.svg\" alt=\"…\" >}}}}`");
                break;
            case FencedCodeBlock { ClosingFencedCharCount: 0, Parent: MarkdownDocument document } fence when ReferenceEquals(document.LastChild, fence) && fence.Lines.Count > 0:
                // A fence that is never closed runs to the end of the page: the rest of the text is shown as code.
                Add(Diagnostics.Severity.Warning, fence.Line, fence.Column + 1,
                    $"this code block is never closed, so everything after it, to the end of the page, is shown as code: end it with a line `{new string(fence.FencedChar, fence.OpeningFencedCharCount)}`");
                break;
            case FencedCodeBlock fence when _mayHoldEntities:
                EntitiesInCode(fence);
                break;
        }
    }

    /// <summary>
    /// Whether an indented code block reads as prose: no line has what code has (operators, braces, a leading option,
    /// list or comment mark, a `key: value` pair), and either it has Han characters (Chinese text indented as Chinese
    /// typesetting does) or, first in the body, it is sentences: words, a line ending as a sentence does, and none of
    /// the marks English text has only in code (a file or method name, a call, `*`, `_`, `@`).
    /// </summary>
    private static bool IsIndentedProse(CodeBlock block, bool first)
    {
        var han = false;
        var words = 0;
        var sentence = false;
        var latinCode = false;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines.Lines[i].Slice.AsSpan().Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (CodeMarks().IsMatch(line))
            {
                return false;
            }

            foreach (var c in line)
            {
                han |= Text.ProseScript.IsHan(c);
            }

            latinCode |= LatinCodeMarks().IsMatch(line);
            words += line.Count(' ') + 1;
            sentence |= line[^1] is '.' or '!' or '?' or '。' or '！' or '？';
        }

        return han || (first && sentence && words >= 6 && !latinCode);
    }

    /// <summary>
    /// Marks of code in any language's text: braces, operators, shell characters, a leading option, list, prompt or comment
    /// mark, YAML's `key: value`, a call with a string or nothing (`print("你好")`; Chinese prose glosses a word as `队列(Queue)`).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[{};=<>$|\\`]|^(?:[-+#>]|//|\d+[.)]\s)|^[\w.-]+:(?:\s|$)|\w\((?:[""')]|$)")]
    private static partial System.Text.RegularExpressions.Regex CodeMarks();

    /// <summary>Marks English prose has only in code: a word joined by a dot or `/` to another (a file, a method, a path), a call, brackets, `*`, `_`, `@`, `&amp;`, `%`.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[\[\]*_~^@&%]|[A-Za-z][./][A-Za-z]|\w\(")]
    private static partial System.Text.RegularExpressions.Regex LatinCodeMarks();

    /// <summary>A span of code (a block or a `code` span), where templates of other languages are content, not Liquid.</summary>
    public void Code(SourceSpan span)
    {
        if (_liquid is not null)
        {
            (_code ??= []).Add((span.Start, span.End));
        }
    }

    /// <summary>
    /// Reports the body's Liquid, once its code is known: in text every tag, in code only Liquid's escapes. A link tag
    /// goes to <paramref name="links"/> with the address it stands for, which the link check answers with the page there.
    /// </summary>
    public void FinishLiquid(List<MarkdownLink> links)
    {
        foreach (var (index, text, tag, arguments) in _liquid ?? [])
        {
            var inCode = _code?.Exists(c => index >= c.Start && index <= c.End) == true;
            if (inCode && !JekyllLiquid.IsEscape(tag, text))
            {
                continue;
            }

            var line = _markdown.AsSpan(0, index).Count('\n');
            var column = index - LineStart(index) + 1;

            if (!inCode && JekyllLiquid.AddressOf(tag, arguments) is { } address)
            {
                links.Add(new MarkdownLink(address, _firstLine + line, column, IsImage: false, Liquid: text));
                continue;
            }

            Add(JekyllLiquid.IsEscape(tag, text) ? Diagnostics.Severity.Warning : Diagnostics.Severity.Error, line, column, JekyllLiquid.Message(tag, text, arguments));
        }
    }

    /// <summary>
    /// Emphasis markers that markdown leaves as text (CommonMark's flanking rules), which readers see as asterisks:
    /// `*** 4月30日-6月4日***` (a space inside the markers), `**Note:**this` (punctuation before a closing marker that a
    /// letter follows), `__注意__这里` (underscores against Chinese text, which only asterisks may touch). A warning with
    /// the mended text, offered only when it parses as emphasis; a lone `*` between spaces (`a * b`), markers in code,
    /// links' addresses and escaped ones (`\*`) are not looked at.
    /// </summary>
    public void LiteralEmphasis(LeafBlock leaf)
    {
        if (_mayHoldMarkers && leaf.Inline is { } inline)
        {
            LiteralEmphasis(inline);
        }
    }

    private void LiteralEmphasis(ContainerInline container)
    {
        // Most paragraphs have no marker left as text (their emphasis parsed): only their nested inlines are looked at,
        // without gathering the paragraph's text, which every paragraph of every page would otherwise pay for.
        var anyMarker = false;
        for (var child = container.FirstChild; child is not null && !anyMarker; child = child.NextSibling)
        {
            anyMarker = child is LiteralInline { IsFirstCharacterEscaped: false } l && l.Content.AsSpan().IndexOfAny('*', '_') >= 0;
        }

        if (!anyMarker)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is ContainerInline inner and not LinkInline { IsImage: true })
                {
                    LiteralEmphasis(inner);
                }
            }

            return;
        }

        StringBuilder? text = null;
        List<(int Offset, LiteralInline Literal)>? literals = null;
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            text ??= new StringBuilder();
            if (child is LiteralInline { IsFirstCharacterEscaped: false } literal)
            {
                (literals ??= []).Add((text.Length, literal));
                text.Append(literal.Content.AsSpan());
                continue;
            }

            // Code, links, line breaks and escaped characters: nothing a marker pairs across.
            text.Append(Opaque);
            if (child is ContainerInline inner and not LinkInline { IsImage: true })
            {
                LiteralEmphasis(inner);
            }
        }

        if (literals is null || text is null || text.ToString() is not { } all || all.AsSpan().IndexOfAny('*', '_') < 0)
        {
            return;
        }

        foreach (Match m in LiteralMarkers().Matches(all))
        {
            if (Mended(all, m) is not ({ } written, { } mended, { } reason))
            {
                continue;
            }

            var (offset, at) = literals.Last(l => l.Offset <= m.Index);
            var marker = m.Groups["m"].Value;
            var what = marker.Length switch { 1 => "italics", 2 => "bold", _ => "bold italics" };
            var signs = marker[0] == '*' ? "asterisks" : "underscores";
            Add(Diagnostics.Severity.Warning, at.Line, at.Column + 1 + (m.Index - offset),
                $"`{written}` is shown with its {signs}, not in {what}: {reason}; write `{mended}`");
        }
    }

    private const char Opaque = '\uFFFC';

    /// <summary>
    /// The text to quote, the text that mends it, and why the markers were left as text; nulls when it is no such pair. A
    /// space to move outside the markers is quoted with the word it goes before or after (`**NodePort **of` →
    /// `**NodePort** of`): a code span would not show it alone.
    /// </summary>
    private static (string? Written, string? Mended, string? Reason) Mended(string all, Match m)
    {
        var marker = m.Groups["m"].Value;
        var (left, words, right) = (m.Groups["l"].Value, m.Groups["t"].Value, m.Groups["r"].Value);
        var before = m.Index > 0 ? all[m.Index - 1] : ' ';
        var after = m.Index + m.Length < all.Length ? all[m.Index + m.Length] : ' ';
        var asterisks = new string('*', marker.Length);
        if (!char.IsLetterOrDigit(words[0]))
        {
            return (null, null, null); // `*.yaml and *.json`: globs and symbols, not words set in bold
        }

        string reason;
        List<string> candidates;
        if ((left.Length > 0) != (right.Length > 0))
        {
            // A space inside on one side only; both (`a * b * c`) is arithmetic, not emphasis. A Latin letter against a
            // single marker (`a *b *c`) may be arithmetic too; against `**` it is a space typed inside instead of outside
            // (Chaos Mesh's `copy the **NodePort **of`); a Han one is how Chinese text always is (`推出 **OAM **模型`).
            static bool Latin(char c) => char.IsLetterOrDigit(c) && !CjkSoftBreakExtension.IsSpacelessScript(c);
            var strong = marker.Length >= 2 && marker[0] == '*';
            if ((!strong && (Latin(before) || Latin(after))) || !char.IsLetterOrDigit(words[^1]))
            {
                return (null, null, null);
            }

            reason = left.Length > 0
                ? $"an opening `{marker}` followed by a space does not open emphasis; the markers go right against the words they wrap"
                : $"a closing `{marker}` after a space does not close emphasis; the markers go right against the words they wrap";
            // Chinese text puts no space between bold and the characters beside it.
            var outsideLeft = left.Length > 0 && !char.IsWhiteSpace(before) && !CjkSoftBreakExtension.IsSpacelessScript(before) && m.Index > 0 ? " " : string.Empty;
            var outsideRight = right.Length > 0 && !char.IsWhiteSpace(after) && !CjkSoftBreakExtension.IsSpacelessScript(after) && m.Index + m.Length < all.Length ? " " : string.Empty;
            candidates = [outsideLeft + marker + words + marker + outsideRight, outsideLeft + asterisks + words + asterisks + outsideRight];
        }
        else if (left.Length == 0 && PunctuationAtEnd().Match(words) is { Success: true, Length: < 4 } punctuation && punctuation.Length < words.Length
            && char.IsLetterOrDigit(after) && !char.IsLetterOrDigit(before))
        {
            var inside = words[..^punctuation.Length];
            reason = $"a closing `{marker}` right after punctuation closes emphasis only before a space or punctuation, not before a letter; put the punctuation outside";
            candidates = [marker + inside + marker + punctuation.Value, asterisks + inside + asterisks + punctuation.Value];
        }
        else if (left.Length == 0 && marker[0] == '_' && marker.Length > 1 && (CjkSoftBreakExtension.IsSpacelessScript(before) || CjkSoftBreakExtension.IsSpacelessScript(after)))
        {
            reason = $"`{marker}` does not make emphasis against Chinese text (nor inside a word); asterisks do";
            candidates = [asterisks + words + asterisks];
        }
        else
        {
            return (null, null, null);
        }

        var context = (m.Index > 0 ? all[(m.Index - 1)..m.Index] : string.Empty, m.Index + m.Length < all.Length ? all[(m.Index + m.Length)..(m.Index + m.Length + 1)] : string.Empty);
        foreach (var candidate in candidates)
        {
            if (ParsesAsEmphasis(context.Item1 + candidate + context.Item2))
            {
                var wordBefore = candidate.StartsWith(' ') ? WordEnd().Match(all[..m.Index]).Value : string.Empty;
                var wordAfter = candidate.EndsWith(' ') ? WordStart().Match(all, m.Index + m.Length).Value : string.Empty;
                return (wordBefore + m.Value + wordAfter, (wordBefore + candidate + wordAfter).Trim(), reason);
            }
        }

        return (null, null, null);
    }

    [GeneratedRegex(@"[^\s*_\uFFFC]+$")]
    private static partial Regex WordEnd();

    [GeneratedRegex(@"\G[^\s*_\uFFFC]+")]
    private static partial Regex WordStart();

    private static readonly Lazy<Markdig.MarkdownPipeline> EmphasisPipeline = new(MarkdownPipelineFactory.Create);

    /// <summary>Whether the mended text, with the characters around it, reads as emphasis: advice is given only when it does.</summary>
    private static bool ParsesAsEmphasis(string text)
    {
        var document = Markdig.Markdown.Parse(text.Replace(Opaque, 'x'), EmphasisPipeline.Value);
        return document is [ParagraphBlock { Inline: { } inline }] && inline.Descendants<EmphasisInline>().Any()
            && !inline.Descendants<LiteralInline>().Any(l => l.Content.AsSpan().IndexOfAny('*', '_') >= 0);
    }

    /// <summary>A run of one to three `*` or `_` (not part of a longer run), words without markers, and the same run.</summary>
    [GeneratedRegex(@"(?<![*_\\])(?<m>\*{1,3}|_{1,3})(?![*_])(?<l>[ \t]*)(?<t>[^\s*_\uFFFC](?:[^*_\uFFFC]*?[^\s*_\uFFFC])?)(?<r>[ \t]*)(?<![*_])\k<m>(?![*_])")]
    private static partial Regex LiteralMarkers();

    [GeneratedRegex(@"\p{P}+$")]
    private static partial Regex PunctuationAtEnd();

    /// <param name="line">0-based line in the body.</param>
    private void Add(Diagnostics.Severity severity, int line, int column, string message) =>
        _findings.Add(new BodyFinding(severity, _firstLine + line, column, message));

    /// <summary>
    /// A component tag on a line of an HTML block (`&lt;div&gt;`, the tag, `&lt;/div&gt;` without blank lines, as a video
    /// frame's replacement often lands) is HTML's text, printed as it is: an error that says how to make it a component.
    /// </summary>
    private void ComponentInHtml(HtmlBlock html)
    {
        var lines = html.Lines.Lines;
        for (var i = 1; i < html.Lines.Count; i++)
        {
            var line = lines[i].Slice.AsSpan();
            var indent = line.Length - line.TrimStart().Length;
            if (ComponentTag.StartsAt(line[indent..]) && ComponentTag.NameOf(line[indent..].ToString()) is { } name)
            {
                Add(Diagnostics.Severity.Error, html.Line + i, indent + 1,
                    $"the tag of `{name}` is inside the HTML block that starts on line {_firstLine + html.Line} and would be shown as text: leave a blank line before and after it (HTML runs until a blank line), or remove the HTML around it");
            }
        }
    }

    /// <summary>
    /// `&lt;center&gt; ![](/img/x.jpg)&lt;/center&gt;`: markdown written inside an HTML block is the block's text, shown as
    /// written, and the image is never shown nor checked (Volcano's Chinese posts lost three pictures so). Once per block.
    /// </summary>
    private void MarkdownInHtml(HtmlBlock html)
    {
        var lines = html.Lines.Lines;
        for (var i = 0; i < html.Lines.Count; i++)
        {
            var line = lines[i].Slice.ToString();
            if (line.Contains("](", StringComparison.Ordinal) && MarkdownLinkInHtml().Match(line) is { Success: true } m)
            {
                var what = m.Value.StartsWith('!') ? "image" : "link";
                Add(Diagnostics.Severity.Warning, html.Line + i, m.Index + 1,
                    $"`{m.Value}` is a markdown {what} inside HTML, which shows it as text (the {what} itself never appears): write it on a line of its own, without the HTML tags around it (alignment comes from the theme), or leave a blank line between the tags and it");
                return;
            }
        }
    }

    /// <summary>The lines of a paragraph as written in the body.</summary>
    private string[] LinesOf(ParagraphBlock paragraph)
    {
        var end = Math.Min(paragraph.Span.End, _markdown.Length - 1);
        return paragraph.Span.Start < 0 || end < paragraph.Span.Start ? [] : _markdown[paragraph.Span.Start..(end + 1)].Split('\n');
    }

    /// <summary>
    /// `\\(90/75\\)` or `$$a + b$$` in a sentence: LaTeX that kubernetes.io and Docsy typeset with a script (KaTeX,
    /// MathJax); here readers see it as written.
    /// </summary>
    private void MathInText(ParagraphBlock paragraph)
    {
        var lines = LinesOf(paragraph);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (System.Text.RegularExpressions.Match m in InlineMath().Matches(lines[i]))
            {
                Add(Diagnostics.Severity.Warning, paragraph.Line + i, m.Index + 1,
                    $"`{m.Value}` is LaTeX math, which this site does not typeset: readers see it as written; write the formula as text");
            }
        }
    }

    /// <summary>
    /// `[^1]：text`, a footnote definition typed with a Chinese input method's full-width colon, is not one: the
    /// marker and the text stay in the paragraph, and the definitions after it run into one paragraph.
    /// </summary>
    private void FullWidthFootnoteColon(ParagraphBlock paragraph)
    {
        var lines = LinesOf(paragraph);
        for (var i = 0; i < lines.Length; i++)
        {
            if (FootnoteWithFullWidthColon().Match(lines[i]) is { Success: true } m)
            {
                Add(Diagnostics.Severity.Warning, paragraph.Line + i, m.Index + 1,
                    $"`{m.Value}` is not a footnote definition, because its colon is full-width: write `{m.Value[..^1]}:`");
            }
        }
    }

    /// <summary>Where the body line holding <paramref name="at"/> starts.</summary>
    private int LineStart(int at) => at == 0 ? 0 : _markdown.LastIndexOf('\n', at - 1) + 1;

    /// <summary>The 0-based body line of <paramref name="at"/>, a place in <paramref name="paragraph"/>.</summary>
    private int LineIn(ParagraphBlock paragraph, int at) => paragraph.Line + _markdown.AsSpan(paragraph.Span.Start, at - paragraph.Span.Start).Count('\n');

    /// <summary>
    /// `{.mt-3}` or `{style="max-width: 9rem"}` on a line of its own under a paragraph or image: Hugo's attribute
    /// list, which this site does not read (it would let content set classes and styles), so readers would see it.
    /// </summary>
    private void AttributeLineInText(ParagraphBlock paragraph, int at)
    {
        var line = LineIn(paragraph, at);
        var lineStart = LineStart(at);
        var end = _markdown.IndexOf('\n', at);
        var text = _markdown[at..(end < 0 ? _markdown.Length : end)].Trim();
        Add(Diagnostics.Severity.Warning, line, at - lineStart + 1, $"`{text}` is {AttributeLineMeaning(text)}");
    }

    /// <summary>
    /// `import Tabs from '@theme/Tabs';` or `export const …` on a line of its own: MDX, which Docusaurus runs as
    /// JavaScript; here it is a paragraph, shown to readers and, first in the body, taken as the summary.
    /// </summary>
    private void MdxStatementInText(ParagraphBlock paragraph, int at)
    {
        var line = LineIn(paragraph, at);
        var end = _markdown.IndexOf('\n', at);
        var text = _markdown[at..(end < 0 ? _markdown.Length : end)].Trim();
        Add(Diagnostics.Severity.Warning, line, 1,
            $"`{text}` is an MDX statement (of a Docusaurus or Gatsby page), which this site does not read, so readers see it as text (and lists may show it as the summary): delete the line, and write what the component it brings in showed as markdown");
    }

    /// <summary>
    /// `&lt;BlogAuthor {...authors.x} /&gt;` opening a paragraph: a JSX component of an MDX page (Gatsby, Docusaurus),
    /// whose JavaScript attributes make it no HTML at all, so markdown shows it as text, code and all.
    /// </summary>
    private void JsxInText(ParagraphBlock paragraph, int at)
    {
        var name = JsxTag().Match(_markdown, at).Groups["name"].Value;
        var advice = name switch
        {
            _ when name.Contains("Author", StringComparison.OrdinalIgnoreCase) => "name the author in the front matter, `authors: [Their Name]`, and delete the tag",
            _ when name.Contains("Youtube", StringComparison.OrdinalIgnoreCase) || name.Contains("Video", StringComparison.OrdinalIgnoreCase) => "write each video as `{{< youtube ID >}}`, or link the playlist, and delete the tag",
            _ when name.Contains("Image", StringComparison.OrdinalIgnoreCase) || name.Contains("Gallery", StringComparison.OrdinalIgnoreCase) => "show each image with `![what it shows](file.png)`, the files beside the page in its bundle, and delete the tag",
            _ => "delete the tag, and write what it showed as markdown",
        };
        var line = LineIn(paragraph, at);
        var lineStart = LineStart(at);
        Add(Diagnostics.Severity.Warning, line, at - lineStart + 1,
            $"`<{name}>` is a JSX component of an MDX page (Docusaurus, Gatsby), which this site does not run, so readers see its code as text: {advice}");
    }

    /// <summary>
    /// Links that markdown reads as text, shown to readers brackets and all: `[text] (https://…)` (a space before the
    /// parenthesis), `[文字]（https://…）` (full-width parentheses, typed with a Chinese input method), `[text](https://x/a b.md)`
    /// (a space in the address), and a `[//]: # (note)` comment written right
    /// under a line of text, where it cannot start a definition. Not inside `code`.
    /// </summary>
    private void LinkTypoInText(ParagraphBlock paragraph, int at)
    {
        var lineStart = LineStart(at);
        if (_markdown.AsSpan(lineStart, at - lineStart).Count('`') % 2 == 1)
        {
            return;
        }

        var line = LineIn(paragraph, at);
        var m = LinkTypo().Match(_markdown, at);
        string message;
        if (m.Groups["comment"].Success)
        {
            if (lineStart == paragraph.Span.Start)
            {
                return; // first in its paragraph: a definition, hidden as meant
            }

            message = $"`{m.Value.TrimEnd()}` is shown as text, not hidden as a comment, because it follows a line of text: leave a blank line before it";
        }
        else if (m.Groups["fullwidth"].Success)
        {
            var text = m.Groups["wtext"].Value;
            var url = m.Groups["wurl"].Value;
            message = $"`[{text}]（{url}）` is not a link, because its parentheses are full-width (Chinese) ones: readers see it as written; write `[{text}]({url})`";
        }
        else if (m.Groups["spaced"].Success)
        {
            var text = m.Groups["text"].Value;
            var url = m.Groups["url"].Value;
            message = $"`[{text}] ({url})` is not a link, because of the space between `]` and `(`: readers see it as written; write `[{text}]({url})`";
        }
        else
        {
            var inner = m.Groups["inner"].Value;
            if (LinkWithTitle().IsMatch(inner))
            {
                return; // `(url "title")`: a link with its title
            }

            message = $"`({inner})` is not a link's address, because an address cannot hold a space: readers see the link as written; write `({inner.Trim().Replace(" ", "%20", StringComparison.Ordinal)})`";
        }

        Add(Diagnostics.Severity.Warning, line, at - lineStart + 1, message);
    }

    /// <summary>What an attribute line is (Hugo's `{.x}`, kramdown's `{: .x}`, `{:toc}`, `{::comment}`) and what to do with it.</summary>
    private static string AttributeLineMeaning(string text)
    {
        const string NotRead = "which this site does not read, so readers see";
        if (!text.StartsWith("{:", StringComparison.Ordinal))
        {
            return $"Hugo's attribute list, {NotRead} it as text: delete it (classes, sizes and styles come from the theme)";
        }

        var inner = text[2..^1].Trim();
        return inner switch
        {
            "toc" => $"kramdown's table of contents, {NotRead} it as text: delete it and the list item above it (the theme draws the table of contents)",
            _ when inner.StartsWith(":comment", StringComparison.Ordinal) => $"kramdown's comment, {NotRead} what it wraps: write the note as an HTML comment, `<!-- … -->`, or delete it",
            [':', ..] => $"a kramdown setting, {NotRead} it as text: delete it",
            ['#', ..] => $"kramdown's attribute list, {NotRead} it as text: delete it (a heading's own id is written after it: `## Heading {{{inner}}}`)",
            _ => $"kramdown's attribute list, {NotRead} it as text: delete it (classes, sizes and styles come from the theme)",
        };
    }

    /// <summary>
    /// A line that is only an attribute list: Hugo's `{.class}`, `{#id}`, `{key="value" …}`, or kramdown's `{: .class}`,
    /// `{:toc}`, `{::comment}`, `{::options … /}` (not its closing `{:/comment}`); the match starts at its `{`.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^[ \t]*)(?:\{[ \t]*(?:[.#][\w-]+|[\w-]+=(?:""[^""\n]*""|'[^'\n]*'|[^\s}]+))(?:[ \t]+(?:[.#][\w-]+|[\w-]+=(?:""[^""\n]*""|'[^'\n]*'|[^\s}]+)))*[ \t]*\}|\{:(?!/)[^\n{}]*\})[ \t]*\r?$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex AttributeLine();

    /// <summary>`[text] (url)`, `[文字]（url）`, `](address with a space)`, or a `[//]: # …` comment line (see <see cref="LinkTypoInText"/>).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<spaced>\[(?<text>[^\]\n]+)\][ \t]+\((?<url>(?:https?://|/|\.\.?/|mailto:)[^)\s]*)\))|(?<fullwidth>\[(?<wtext>[^\]\n]+)\][ \t]*（(?<wurl>(?:https?://|/|\.\.?/|mailto:)[^）\s]*)）)|\]\((?<inner>(?:https?://|/|\.\.?/)[^)\n]*[ \t][^)\n]*)\)|(?<comment>(?<=^[ \t]{0,3})\[(?://|comment)\]:[ \t]*#[^\n]*)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex LinkTypo();

    /// <summary>An address followed by its title: `https://x "Title"`, `'Title'` or `(Title)`.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\S+[ \t]+(?:""[^""]*""|'[^']*'|\([^)]*\))[ \t]*$")]
    private static partial System.Text.RegularExpressions.Regex LinkWithTitle();

    /// <summary>A markdown image or link, `![alt](address)` or `[text](address)`.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"!?\[[^\]\n]*\]\([^)\s]+\)")]
    private static partial System.Text.RegularExpressions.Regex MarkdownLinkInHtml();

    /// <summary>A capitalised tag at the start of a line: JSX's components (HTML's elements are lower-case).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^[ \t]{0,3})<(?<name>[A-Z][\w.]*)(?=[\s/>])", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex JsxTag();

    /// <summary>An MDX `import … from '…'`, `import '…'` or `export const|default|function …` line, at the start of a line.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:import[ \t]+(?:[\w*{}, \t]+[ \t]+from[ \t]+)?['""][^'""\n]+['""]|export[ \t]+(?:const|let|default|function)\b[^\n]*);?[ \t]*\r?$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex MdxStatement();

    /// <summary>`\\(…\\)` (the backslashes doubled for markdown) or `$$…$$` within one line.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\\\\\((?:(?!\\\\\)).)+\\\\\)|\$\$[^$\n]+\$\$")]
    private static partial System.Text.RegularExpressions.Regex InlineMath();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^ {0,3})\[\^[^\]\s]+\]：")]
    private static partial System.Text.RegularExpressions.Regex FootnoteWithFullWidthColon();
}
