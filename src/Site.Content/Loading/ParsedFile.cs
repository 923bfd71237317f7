using Site.Content.Config;
using Site.Content.FrontMatter;
using Site.Content.Model;

namespace Site.Content.Loading;

/// <summary>A markdown file after decoding and front matter parsing, before it becomes a page.</summary>
internal sealed record ParsedFile(LanguageInfo Language, string Id, PageKind Kind, string Slug, string FullPath, SourceDocument Document)
{
    public string DisplayPath => Document.Source.DisplayPath;
}
