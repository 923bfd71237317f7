using Markdig;
using Site.Content.Markdown.Extensions;

namespace Site.Content.Markdown;

/// <summary>
/// The one markdown dialect of the site. Each feature is chosen on purpose; anything not listed
/// (generic attributes, math, diagrams) is off so contributors cannot depend on it. Raw HTML is
/// parsed, then held to the allow-list of <see cref="Html.HtmlAllowList"/>.
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
            // `:tada:` shows 🎉, as on GitHub and on Hugo sites with enableEmoji; smileys (`:)`) stay text.
            .UseEmojiAndSmiley(enableSmileys: false);

        builder.Extensions.AddIfNotAlready<ExplicitHeadingIdExtension>();
        builder.Extensions.AddIfNotAlready<GitHubHeadingAnchorExtension>();
        builder.Extensions.AddIfNotAlready<SafeHtmlExtension>();
        builder.Extensions.AddIfNotAlready<ComponentExtension>();
        builder.Extensions.AddIfNotAlready<AdmonitionExtension>();
        builder.Extensions.AddIfNotAlready<GitHubAlertExtension>();
        builder.Extensions.AddIfNotAlready<MkDocsAdmonitionExtension>();
        builder.Extensions.AddIfNotAlready<PremonitionExtension>();
        builder.Extensions.AddIfNotAlready<MdxCommentExtension>();
        builder.Extensions.AddIfNotAlready<KramdownSpanAttributesExtension>();
        builder.Extensions.AddIfNotAlready<SafeUrlExtension>();
        builder.Extensions.AddIfNotAlready<CjkSoftBreakExtension>();
        builder.Extensions.AddIfNotAlready<TableAlignmentClassExtension>();
        builder.Extensions.AddIfNotAlready<CodeHighlightExtension>();
        builder.Extensions.AddIfNotAlready<ScrollableTableExtension>();
        return builder.Build();
    }
}
