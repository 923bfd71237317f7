using System.Collections.Concurrent;

namespace Site.Templating.Runtime;

/// <summary>
/// Maps an argument name to its local variable name (<c>post</c> → <c>$post</c>) once, so passing named
/// arguments to an include does not concatenate a string per call. The set of names is bounded by the templates.
/// </summary>
internal static class LocalNames
{
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    public static string Get(string name) => Names.TryGetValue(name, out var local) ? local : Names.GetOrAdd(name, static n => "$" + n);
}
