namespace Site.Pipeline.Build;

/// <summary>Where a build reads from and writes to. Relative paths are resolved against the current directory.</summary>
public sealed record BuildOptions
{
    public string InputPath { get; init; } = "input";

    public string OutputPath { get; init; } = "output";

    public string ThemePath { get; init; } = "themes/default";

    /// <summary>UI strings, <c>translations/&lt;lang&gt;.yml</c>.</summary>
    public string TranslationsPath { get; init; } = "translations";

    /// <summary>The lunr npm package folder; <c>lunr.min.js</c> and its LICENSE are copied from it when present.</summary>
    public string LunrPackagePath { get; init; } = "tools/node_modules/lunr";

    /// <summary>The CJK query helper copied to <c>/assets/js/lunr-cjk.js</c> when present.</summary>
    public string LunrCjkScriptPath { get; init; } = "tools/lunr/lunr-cjk.js";

    /// <summary>"Now" for the footer year and similar; injected so that builds are reproducible.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Upper bound on parallel work; defaults to the number of cores.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Validate only (<c>check</c>): every build step plus the checks of <see cref="SiteChecker"/>; nothing is written and the output folder is never touched.</summary>
    public bool CheckOnly { get; init; }

    /// <summary>Build the pages marked `draft: true` too, each saying it is a draft (`--drafts`): a preview, never a deploy.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Keep the site out of search engines (deploy previews): a robots meta tag in every page and an <c>X-Robots-Tag</c> in <c>_headers</c>.</summary>
    public bool Noindex { get; init; }

    /// <summary>Told when each pipeline step starts and ends (progress display); null for none.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }
}
