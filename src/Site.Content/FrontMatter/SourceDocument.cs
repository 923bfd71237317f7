using Site.Content.Diagnostics;

namespace Site.Content.FrontMatter;

/// <summary>A markdown file split into its front matter and its body.</summary>
/// <param name="Source">The whole decoded file.</param>
/// <param name="FrontMatter">Parsed front matter; <see cref="FrontMatterBlock.None"/> when absent.</param>
/// <param name="Body">Markdown after the closing `---`.</param>
/// <param name="BodyStartLine">File line of the body's first line, so markdown line N (0-based) is file line BodyStartLine + N.</param>
/// <param name="IsValid">False when the front matter could not be parsed (already reported).</param>
public sealed record SourceDocument(
    SourceText Source,
    FrontMatterBlock FrontMatter,
    string Body,
    int BodyStartLine,
    bool IsValid);
