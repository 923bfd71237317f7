namespace Site.Templating.Runtime;

/// <summary>
/// Interns variable and member names when templates are parsed, in the runtime's pool: every node spelling a
/// name holds the same instance, so loop-variable lookups compare references, and dictionary lookups of keys
/// written as C# literals (builtins, models) match on the reference check before comparing characters. The set of
/// names is bounded by the templates.
/// </summary>
internal static class VariableNames
{
    public static string Intern(string name) => string.Intern(name);
}
