using Site.Content.Model;

namespace Site.Content.Graph;

/// <summary>One page of a language's blog list (20 posts per page, newest first).</summary>
public sealed record BlogListPage(
    int Number,
    int TotalPages,
    string Url,
    IReadOnlyList<PostPage> Posts,
    string? PreviousUrl,
    string? NextUrl);
