using Site.Content.Model;

namespace Site.Content.Graph;

/// <summary>A tag of one language with its page URL and posts (newest first).</summary>
/// <param name="Name">Most used spelling among the posts (ties: ordinal order).</param>
public sealed record Tag(string Language, string Slug, string Name, string Url, IReadOnlyList<PostPage> Posts);
