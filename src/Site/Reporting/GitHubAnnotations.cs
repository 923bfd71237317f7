using System.Text;
using Site.Content.Diagnostics;

namespace Site.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::message</c>), which the
/// runner turns into annotations on the pull request's changed lines. Printed to stdout in
/// addition to the plain diagnostics when <c>GITHUB_ACTIONS=true</c>.
/// </summary>
public static class GitHubAnnotations
{
    public static bool IsEnabled(Func<string, string?> environment) =>
        string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Format(Diagnostic diagnostic)
    {
        var sb = new StringBuilder("::").Append(diagnostic.IsError ? "error" : "warning");
        sb.Append(" file=").Append(EscapeProperty(diagnostic.Path));
        if (diagnostic.Line > 0)
        {
            sb.Append(",line=").Append(diagnostic.Line);
            if (diagnostic.Column > 0)
            {
                sb.Append(",col=").Append(diagnostic.Column);
            }
        }

        return sb.Append("::").Append(EscapeData(diagnostic.Message)).ToString();
    }

    /// <summary>Message text: <c>%</c>, CR and LF are encoded so one annotation stays on one line.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Property values additionally encode <c>:</c> and <c>,</c>, which delimit properties.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
