using Site.Content;
using Site.Content.Diagnostics;

namespace Site.Pipeline.Incremental;

/// <summary>What a build session keeps between runs for the pipelines: the loaded content, rendered bodies and the pages' dependency records.</summary>
internal sealed record SessionCaches(MarkdownCache Markdown, RenderRecords Records)
{
    /// <summary>The content of the last run with the load's diagnostics.</summary>
    public (ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics)? LastContent { get; set; }

    /// <summary>Set by the session when no file under the input folder changed (a template or UI-string edit): the content is not loaded again.</summary>
    public bool ReuseContent { get; set; }
}
