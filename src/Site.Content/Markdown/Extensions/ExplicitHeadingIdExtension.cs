using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Site.Content.Markdown.Extensions;

/// <summary>
/// `## Title {#custom-id}` sets the heading's id explicitly (and the suffix is removed from the
/// text). Only `{#id}` is understood: general `{attr=value}` syntax is deliberately not enabled,
/// because it would let contributors add arbitrary attributes such as event handlers.
/// </summary>
public sealed partial class ExplicitHeadingIdExtension : IMarkdownExtension
{
    internal static readonly object DataKey = typeof(ExplicitHeadingIdExtension);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var parser = pipeline.BlockParsers.Find<HeadingBlockParser>();
        if (parser is not null)
        {
            parser.TryParseAttributes = TryParseId;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>The explicit id of a heading, or null.</summary>
    public static string? IdOf(HeadingBlock heading) => heading.GetData(DataKey) as string;

    private static bool TryParseId(BlockProcessor processor, ref StringSlice slice, IBlock block)
    {
        var text = slice.ToString();
        var m = IdSuffix().Match(text);
        if (!m.Success)
        {
            return false;
        }

        block.SetData(DataKey, m.Groups[1].Value);
        slice.End = slice.Start + m.Index - 1;
        slice.TrimEnd();
        return true;
    }

    // Dots too, as Hugo allows (`{#support-in-istio-1.17}`): the id is escaped when written, and the theme's
    // scripts look headings up by id, never through a CSS selector where a dot would mean a class.
    [GeneratedRegex(@"\s*\{#([\p{L}\p{N}][\p{L}\p{N}_.-]*)\}\s*$")]
    private static partial Regex IdSuffix();
}
