using Site.Content.Config;
using Site.Content.FrontMatter;
using Site.Content.Model;

namespace Site.Content.Loading;

/// <summary>A markdown file after decoding and front matter parsing, before it becomes a page.</summary>
internal sealed record ParsedFile(LanguageInfo Language, string Id, PageKind Kind, string Slug, string FullPath, SourceDocument Document)
{
    public string DisplayPath => Document.Source.DisplayPath;

    /// <summary>Its own name when it is Docusaurus's `.mdx` page, whose error <see cref="ContentLoader"/> reports with the name its `slug:` gives.</summary>
    public string? MdxName { get; init; }

    /// <summary>Its name's "must be a URL slug" error when a `slug:` in it decides the name to rename it to, reported with that name.</summary>
    public string? NameError { get; init; }
}
