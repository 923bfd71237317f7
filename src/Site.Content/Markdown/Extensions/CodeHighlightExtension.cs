using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Site.Content.Markdown.Highlighting;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// Fenced and indented code, highlighted at build time (<see cref="SyntaxHighlighter"/>): readers
/// download no highlighter, and colours come from CSS classes, not inline styles. A language the
/// highlighter does not know renders as plain, escaped text.
/// </summary>
/// <remarks>
/// Markup, which the theme styles and its copy script enhances:
/// <code>
/// &lt;div class="code-block"&gt;&lt;pre tabindex="0" role="group" aria-labelledby="code-label"&gt;&lt;code class="language-yaml" data-lang="YAML"&gt;…&lt;/code&gt;&lt;/pre&gt;&lt;/div&gt;
/// </code>
/// A wide block scrolls, so it is focusable (keyboard users scroll it with the arrow keys) and, being
/// focusable, named: by the element with id <c>code-label</c>, which the theme's base layout holds
/// once per page in the reader's language ("Code sample"). The role makes the name allowed on a <c>pre</c>.
/// </remarks>
public sealed class CodeHighlightExtension : IMarkdownExtension
{
    /// <summary>Id of the element that names every code block (provided by the theme).</summary>
    public const string LabelId = "code-label";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        var renderers = html.ObjectRenderers;
        var existing = renderers.FindExact<CodeBlockRenderer>();
        if (existing is null)
        {
            renderers.AddIfNotAlready<HighlightedCodeBlockRenderer>();
            return;
        }

        renderers[renderers.IndexOf(existing)] = new HighlightedCodeBlockRenderer();
    }

    private sealed class HighlightedCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
    {
        [ThreadStatic]
        private static StringBuilder? t_buffer;

        protected override void Write(HtmlRenderer renderer, CodeBlock block)
        {
            var info = (block as FencedCodeBlock)?.Info;
            var name = CodeLanguages.FirstWord(info);
            var lines = Lines(block);
            var language = CodeLanguages.ForBlock(info, lines);

            var buffer = t_buffer ??= new StringBuilder(4096);
            buffer.Clear();
            buffer.Append("<div class=\"code-block\"><pre tabindex=\"0\" role=\"group\" aria-labelledby=\"").Append(LabelId).Append("\"><code");
            if (name.Length > 0)
            {
                buffer.Append(" class=\"language-");
                AppendAttribute(buffer, name);
                buffer.Append('"');
            }

            if (language is not null)
            {
                buffer.Append(" data-lang=\"");
                AppendAttribute(buffer, language.Name);
                buffer.Append('"');
            }

            buffer.Append('>');
            if (language is null || !SyntaxHighlighter.TryHighlight(language, lines, buffer))
            {
                foreach (var line in lines)
                {
                    SyntaxHighlighter.AppendEscaped(buffer, line);
                    buffer.Append('\n');
                }
            }

            buffer.Append("</code></pre></div>\n");
            renderer.EnsureLine();
            renderer.Write(buffer.ToString());
            if (buffer.Capacity > 256 * 1024)
            {
                t_buffer = null; // an outsized block's buffer is not kept for the rest of the build
            }
        }

        private static List<string> Lines(CodeBlock block)
        {
            var group = block.Lines;
            var lines = new List<string>(group.Count);
            for (var i = 0; i < group.Count; i++)
            {
                lines.Add(group.Lines[i].Slice.ToString());
            }

            return lines;
        }

        private static void AppendAttribute(StringBuilder buffer, string value)
        {
            foreach (var c in value)
            {
                buffer.Append(c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    _ => c.ToString(),
                });
            }
        }
    }
}
