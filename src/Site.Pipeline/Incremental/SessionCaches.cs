namespace Site.Pipeline.Incremental;

/// <summary>What a build session keeps between runs for the pipelines: rendered bodies and the pages' dependency records.</summary>
internal sealed record SessionCaches(MarkdownCache Markdown, RenderRecords Records);
