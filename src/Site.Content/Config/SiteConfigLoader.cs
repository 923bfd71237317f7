using System.Text.RegularExpressions;
using Site.Content.Diagnostics;
using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Content.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Config;

/// <summary>Reads and validates `site.yml`; every problem becomes a diagnostic on its line.</summary>
public static partial class SiteConfigLoader
{
    private static readonly string[] Keys = ["title", "baseUrl", "languages", "theme", "repository", "branch", "editPath"];
    private static readonly string[] LanguageKeys = ["code", "name", "locale"];

    /// <summary>Returns null when site.yml is missing or unusable (diagnostics say why).</summary>
    public static SiteConfig? Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(displayPath, 0, 0, "site.yml is missing: the input folder needs site settings (title, baseUrl, languages, theme)"));
            return null;
        }

        if (!SourceDecoder.TryDecode(File.ReadAllBytes(path), out var text, out var bad))
        {
            diagnostics.Add(Diagnostic.Error(displayPath, bad.Line, bad.Column, "file is not valid UTF-8"));
            return null;
        }

        return Parse(new SourceText(displayPath, text), diagnostics);
    }

    public static SiteConfig? Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var stream = new YamlStream();
        try
        {
            stream.Load(new GuardedYamlParser(source.Text));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails on some malformed input with these instead of a YamlException.
            diagnostics.Add(source.Error(1, 1, "site.yml is not valid YAML: " + ex.Message));
            return null;
        }
        catch (YamlException ex)
        {
            var (line, column) = source.PositionAt((int)Math.Min(ex.Start.Index, int.MaxValue));
            diagnostics.Add(source.Error(line, column, "site.yml is not valid YAML: " + ex.Message));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(source.Error(1, 1, "site.yml must be a mapping of settings (title, baseUrl, languages, theme)"));
            return null;
        }

        void Error(YamlNode node, string message)
        {
            var (line, column) = source.PositionAt((int)Math.Min(node.Start.Index, int.MaxValue));
            diagnostics.Add(source.Error(line, column, message));
        }

        YamlNode? titleNode = null, baseNode = null, langNode = null, themeNode = null, repoNode = null, branchNode = null, editPathNode = null;
        foreach (var (k, v) in root.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? string.Empty;
            switch (key)
            {
                case "title": titleNode = v; break;
                case "baseUrl": baseNode = v; break;
                case "languages": langNode = v; break;
                case "theme": themeNode = v; break;
                case "repository": repoNode = v; break;
                case "branch": branchNode = v; break;
                case "editPath": editPathNode = v; break;
                default:
                    var near = NearestMatch.Find(key, Keys);
                    Error(k, $"unknown key `{key}` in site.yml" + (near is null ? string.Empty : $"; did you mean `{near}`?"));
                    break;
            }
        }

        var languages = new List<LanguageInfo>();
        var languageLocations = new Dictionary<string, FactLocation>(StringComparer.Ordinal);
        if (langNode is not YamlSequenceNode langs || langs.Children.Count == 0)
        {
            if (langNode is null)
            {
                diagnostics.Add(source.Error(1, 1, "site.yml needs `languages:`, a list of `{ code, name, locale }`"));
            }
            else
            {
                Error(langNode, "`languages` must be a non-empty list of `{ code, name, locale }`");
            }
        }
        else
        {
            foreach (var item in langs.Children)
            {
                if (item is not YamlMappingNode m)
                {
                    Error(item, "each language must be a mapping `{ code: en, name: English, locale: en-US }`");
                    continue;
                }

                string? code = null, name = null, locale = null;
                YamlNode codeNode = item;
                foreach (var (k, v) in m.Children)
                {
                    var key = (k as YamlScalarNode)?.Value ?? string.Empty;
                    var value = (v as YamlScalarNode)?.Value?.Trim();
                    switch (key)
                    {
                        case "code": code = value; codeNode = v; break;
                        case "name": name = value; break;
                        case "locale": locale = value; break;
                        default:
                            var near = NearestMatch.Find(key, LanguageKeys);
                            Error(k, $"unknown language key `{key}`" + (near is null ? string.Empty : $"; did you mean `{near}`?"));
                            break;
                    }
                }

                if (code is null || !LanguageCode().IsMatch(code))
                {
                    Error(item, "language `code` is required: lower-case letters such as `en` or `zh` (optionally `pt-br`)");
                    continue;
                }

                if (languages.Any(l => l.Code == code))
                {
                    Error(item, $"language `{code}` is listed twice");
                    continue;
                }

                var (codeLine, codeColumn) = source.PositionAt((int)Math.Min(codeNode.Start.Index, int.MaxValue));
                languageLocations[code] = new FactLocation(source.DisplayPath, new Position(codeLine, codeColumn), source.Line(codeLine));
                var isDefault = languages.Count == 0;
                languages.Add(new LanguageInfo(code, name ?? code, locale ?? code, isDefault, isDefault ? string.Empty : "/" + code));
            }
        }

        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (titleNode)
        {
            case null:
                diagnostics.Add(source.Error(1, 1, "site.yml needs `title:` (text, or one per language `{ en: …, zh: … }`)"));
                break;
            case YamlScalarNode { Value: { } t } when !string.IsNullOrWhiteSpace(t):
                foreach (var l in languages)
                {
                    titles[l.Code] = t.Trim();
                }

                break;
            case YamlMappingNode tm:
                foreach (var (k, v) in tm.Children)
                {
                    var code = (k as YamlScalarNode)?.Value ?? string.Empty;
                    if (languages.Count > 0 && languages.All(l => l.Code != code))
                    {
                        Error(k, $"title given for `{code}`, which is not in `languages`");
                    }
                    else if (v is YamlScalarNode { Value: { } tv } && !string.IsNullOrWhiteSpace(tv))
                    {
                        titles[code] = tv.Trim();
                    }
                    else
                    {
                        Error(v, $"title for `{code}` must be text");
                    }
                }

                foreach (var l in languages.Where(l => !titles.ContainsKey(l.Code)))
                {
                    Error(titleNode, $"title has no text for language `{l.Code}`");
                }

                break;
            default:
                Error(titleNode, "`title` must be text or a mapping per language `{ en: …, zh: … }`");
                break;
        }

        string baseUrl = "/";
        if (baseNode is YamlScalarNode { Value: { } b } && AbsoluteUri.TryParse(b.Trim(), out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            baseUrl = b.Trim().TrimEnd('/') + "/";
        }
        else if (baseNode is null)
        {
            diagnostics.Add(source.Error(1, 1, "site.yml needs `baseUrl:`, the absolute URL the site is published at"));
        }
        else
        {
            Error(baseNode, "`baseUrl` must be an absolute http(s) URL such as `https://example.org/`");
        }

        var theme = "default";
        if (themeNode is YamlScalarNode { Value: { } th } && ThemeName().IsMatch(th.Trim()))
        {
            theme = th.Trim();
        }
        else if (themeNode is not null)
        {
            Error(themeNode, "`theme` must be the name of a folder under themes/ (letters, digits, `-`, `_`)");
        }

        var repository = ParseRepository(repoNode, branchNode, editPathNode, Error);

        if (diagnostics.ErrorCount > errorsBefore || languages.Count == 0)
        {
            return null;
        }

        return new SiteConfig(titles, baseUrl, languages, theme, source.DisplayPath, languageLocations) { Repository = repository };
    }

    /// <summary>`repository` (https URL of the repository's web page), `branch` (default `main`), `editPath` (the input folder in it, default `input`).</summary>
    private static SourceRepository? ParseRepository(YamlNode? repoNode, YamlNode? branchNode, YamlNode? editPathNode, Action<YamlNode, string> error)
    {
        string? url = null;
        if (repoNode is YamlScalarNode { Value: { } r } && AbsoluteUri.TryParse(r.Trim(), out var uri)
            && uri.Scheme == Uri.UriSchemeHttps && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.AbsolutePath.Trim('/').Length > 0)
        {
            url = r.Trim().TrimEnd('/');
        }
        else if (repoNode is not null)
        {
            error(repoNode, "`repository` must be the https URL of the repository's web page, such as `https://github.com/cncf/kb`");
        }

        var branch = "main";
        if (branchNode is YamlScalarNode { Value: { } b } && BranchName().IsMatch(b.Trim()) && !b.Contains("..", StringComparison.Ordinal))
        {
            branch = b.Trim();
        }
        else if (branchNode is not null)
        {
            error(branchNode, "`branch` must be a branch name such as `main` (letters, digits, `-`, `_`, `.`, `/`)");
        }

        var editPath = "input";
        if (editPathNode is YamlScalarNode { Value: { } e } && EditPath().IsMatch(e.Trim()) && !e.Split('/').Any(part => part is "." or ".."))
        {
            editPath = e.Trim().Trim('/');
        }
        else if (editPathNode is YamlScalarNode { Value: "" or null })
        {
            editPath = string.Empty; // the input folder is the repository's root
        }
        else if (editPathNode is not null)
        {
            error(editPathNode, "`editPath` must be the input folder's path inside the repository, such as `input` (no `..`)");
        }

        if (url is null && repoNode is null && (branchNode ?? editPathNode) is { } orphan)
        {
            error(orphan, "`branch` and `editPath` need `repository:` (the repository's https URL) to make edit links");
        }

        return url is null ? null : new SourceRepository(url, branch, editPath);
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex ThemeName();

    [GeneratedRegex("^[A-Za-z0-9._/-]+$")]
    private static partial Regex BranchName();

    [GeneratedRegex("^/?[A-Za-z0-9._/-]+/?$")]
    private static partial Regex EditPath();
}
