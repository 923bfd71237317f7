using Site.Content.Model;

namespace Site.Content.Graph;

/// <summary>A tag of one language with its page URL, its posts (newest first) and its glossary terms (by title).</summary>
/// <param name="Name">Most used spelling among the posts and terms (ties: ordinal order).</param>
public sealed record Tag(string Language, string Slug, string Name, string Url, IReadOnlyList<PostPage> Posts)
{
    public IReadOnlyList<TermPage> Terms { get; init; } = [];
}
