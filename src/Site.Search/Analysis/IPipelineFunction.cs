namespace Site.Search.Analysis;

/// <summary>
/// A lunr pipeline function restricted to what the index needs: one token in, zero or one token out, no
/// dependence on neighbours. Purity lets <see cref="TokenPipeline"/> memoize whole-pipeline results per word.
/// </summary>
public interface IPipelineFunction
{
    /// <summary>Name under which lunr.js registers the function (<c>lunr.Pipeline.registerFunction</c>).</summary>
    string Label { get; }

    /// <summary>Returns the transformed token, or <c>null</c> to drop it. An empty string is kept (lunr semantics).</summary>
    string? Process(string token);
}
