using Site.Content.Loading;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Incremental;

namespace Site.Pipeline.Modules;

/// <summary>
/// Loads <c>input/</c> with Site.Content's loader and publishes the <c>ContentSet</c>; every content
/// problem becomes a diagnostic. In a build session whose input did not change since the last run,
/// the previous content (and its diagnostics) is published again instead; after edits, only the
/// changed files are read again (the session's <see cref="ContentLoadCache"/>).
/// </summary>
public sealed class LoadContent : IModule
{
    private readonly string _inputFolder;
    private readonly SessionCaches? _session;

    public LoadContent(string inputFolder)
        : this(inputFolder, null)
    {
    }

    internal LoadContent(string inputFolder, SessionCaches? session)
    {
        _inputFolder = inputFolder;
        _session = session;
    }

    /// <summary>The theme's <c>assets/</c> folder: its files are link targets, and input assets may not replace them.</summary>
    public string? ThemeAssetsFolder { get; init; }

    /// <summary>
    /// The <c>tags.yml</c> of the translations folder the build was given (tag labels per language);
    /// null falls back to the loader's default, <c>translations/tags.yml</c> next to the input folder.
    /// </summary>
    public string? TagLabelsPath { get; init; }

    /// <summary>Build the pages marked `draft: true` too (<see cref="ContentLoaderOptions.IncludeDrafts"/>).</summary>
    public bool IncludeDrafts { get; init; }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (_session is { ReuseContent: true, LastContent: { } last })
        {
            context.Report(last.Diagnostics);
            return [new Document(null, null).WithMetadata(Keys.Content, last.Content)];
        }

        var result = ContentLoader.Load(_inputFolder, new ContentLoaderOptions
        {
            MaxParallelism = context.ParallelOptions.MaxDegreeOfParallelism,
            ThemeAssetsFolder = ThemeAssetsFolder,
            TagLabelsPath = TagLabelsPath,
            Cache = _session?.Load,
            ChangedFiles = _session?.ChangedFiles,
            IncludeDrafts = IncludeDrafts,
        });
        context.Report(result.Diagnostics);
        if (result.Content is { } content)
        {
            // The glossary index of a language with non-ASCII titles needs ICU's collation: set it up
            // while markdown renders, so the model step does not wait for it.
            foreach (var lg in content.Graph.Languages)
            {
                if (lg.Terms.Count > 0 && !Model.AlphabeticGroups.AllAscii(lg.Terms.Select(t => t.SortAs ?? t.Title)))
                {
                    Model.AlphabeticGroups.Prepare(lg.Language.Locale);
                }
            }
        }

        if (_session is not null)
        {
            _session.LastContent = result.Content is null ? null : (result.Content, result.Diagnostics);
        }

        return result.Content is null ? [] : [new Document(null, null).WithMetadata(Keys.Content, result.Content)];
    }
}
