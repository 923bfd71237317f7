using FsCheck;
using FsCheck.Fluent;

namespace Site.Content.Tests.Properties;

/// <summary>
/// Random page files: front matter fences, the real keys (and misspellings), YAML syntax
/// (flow and block lists, anchors, tags, quotes, multi-documents) and hostile values, followed by a body.
/// </summary>
internal static class SourceFileText
{
    private static readonly string[] Pieces =
    [
        "---\n", "---", "...\n", "\n", "\r\n", " ", "  ", "\t", ": ", ":", "- ", "[", "]", "{", "}", ",", "\"", "'", "|\n  ", ">-\n  ",
        "&a ", "*a", "!!str ", "!!binary ", "!!map", "? ", "#", "%YAML 1.2\n", "<<: ", "~", "null", "true", "yes", "on",
        "title", "date", "authors", "tags", "projects", "summary", "draft", "originalUrl", "maturity", "category", "sig",
        "accepted", "incubating", "graduated", "archived", "homepage", "repo", "order", "kind", "chairs", "tocLiaisons",
        "meetings", "channels", "sourceHash", "titel", "Title", "maturty",
        "2019-05-30", "2019-02-30", "2019-05-30T14:00:00+02:00", "9999-99-99", "0001-01-01", "-1", "2147483648", "1e9",
        "sandbox", "graduated", "tag", "sig", "wg", "https://example.org/", "javascript:alert(1)", "data:text/html,x", "../../etc",
        "service-mesh", "linkerd", "tag-network",
    ];

    public static Arbitrary<string> Arbitrary { get; } = Gen.OneOf(
            Gen.Elements(Pieces),
            HostileText.Arbitrary.Generator)
        .ArrayOf()
        .Select(parts => string.Concat(parts))
        // Most cases open a front matter block, so the YAML reader is exercised rather than only the body.
        .SelectMany(text => Gen.Elements("---\n", "---\n", "---\n", string.Empty).Select(fence => fence + text))
        .ToArbitrary();
}
