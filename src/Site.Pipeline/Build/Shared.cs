using Site.Pipeline.Engine;

namespace Site.Pipeline.Build;

/// <summary>Reads a value another pipeline published on one of its documents.</summary>
internal static class Shared
{
    /// <summary>The value under <paramref name="key"/> from <paramref name="pipeline"/>'s output, or null when that pipeline produced none (it failed).</summary>
    public static T? Find<T>(PipelineContext context, string pipeline, string key)
        where T : class
    {
        foreach (var document in context.Outputs(pipeline))
        {
            if (document.TryGet<T>(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    public static T? Find<T>(IEnumerable<Document> documents, string key)
        where T : class
    {
        foreach (var document in documents)
        {
            if (document.TryGet<T>(key, out var value))
            {
                return value;
            }
        }

        return null;
    }
}
