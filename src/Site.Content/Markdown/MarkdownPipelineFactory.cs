using Markdig;
using Site.Content.Markdown.Extensions;

namespace Site.Content.Markdown;

/// <summary>
/// The one markdown dialect of the site. Each feature is chosen on purpose; anything not listed
/// (raw HTML, generic attributes, math, diagrams) is off so contributors cannot depend on it.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseCjkFriendlyEmphasis()

            // HTML policy, part 1: raw HTML in contributors' markdown is rendered as escaped text,
            // never passed through, so no <script>, <iframe> or event handler reaches readers.
            .DisableHtml();

        builder.Extensions.AddIfNotAlready<ExplicitHeadingIdExtension>();
        builder.Extensions.AddIfNotAlready<SafeUrlExtension>();
        builder.Extensions.AddIfNotAlready<CjkSoftBreakExtension>();
        builder.Extensions.AddIfNotAlready<CodeHighlightExtension>();
        builder.Extensions.AddIfNotAlready<ScrollableTableExtension>();
        return builder.Build();
    }
}
