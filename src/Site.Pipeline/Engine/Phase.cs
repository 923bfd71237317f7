namespace Site.Pipeline.Engine;

/// <summary>
/// The phases every run goes through, in this order, for all pipelines. A phase finishes for
/// every pipeline before the next one starts; Write is skipped when any error was reported,
/// so that nothing is written when anything failed.
/// </summary>
public enum Phase
{
    /// <summary>Load documents (files, data). Dependencies are respected.</summary>
    Read,

    /// <summary>Transform documents; may read the outputs of the pipelines it depends on.</summary>
    Process,

    /// <summary>Work that needs every pipeline's processed output (links check, feeds, sitemap).</summary>
    PostProcess,

    /// <summary>Write documents to the output folder.</summary>
    Write,
}
