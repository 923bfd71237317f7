namespace Site.Search;

/// <summary>Field names used in the site's indexes (the browser may use them in <c>field:</c> queries).</summary>
public static class SearchFieldNames
{
    /// <summary>Page title.</summary>
    public const string Title = "title";

    /// <summary>Section headings, newline-separated.</summary>
    public const string Headings = "headings";

    /// <summary>Tags, newline-separated.</summary>
    public const string Tags = "tags";

    /// <summary>Summary or description.</summary>
    public const string Summary = "summary";

    /// <summary>Body text (text index).</summary>
    public const string Body = "body";
}
