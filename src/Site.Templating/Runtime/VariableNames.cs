using System.Collections.Concurrent;

namespace Site.Templating.Runtime;

/// <summary>
/// Interns variable names when templates are parsed: every <c>ScriptVariable</c> spelling the same name holds the
/// same string instance, so loop-variable lookups compare references instead of characters. The set of names is
/// bounded by the templates, like <see cref="LocalNames"/>.
/// </summary>
internal static class VariableNames
{
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    public static string Intern(string name) => Names.GetOrAdd(name, name);
}
