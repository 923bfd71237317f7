namespace Site.Pipeline.Engine;

/// <summary>
/// One step of a pipeline: takes the documents produced by the previous module of the same
/// phase and returns the documents for the next one. Problems in contributors' files are
/// reported through <see cref="PipelineContext.Report(Site.Content.Diagnostics.Diagnostic)"/>
/// (or by throwing <see cref="Site.Content.Diagnostics.DiagnosticException"/>), so that a run
/// collects all of them instead of stopping at the first.
/// </summary>
public interface IModule
{
    IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context);
}
