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
}
