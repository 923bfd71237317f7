using Site.Content.Diagnostics;
using Site.Content.Loading;
using Site.Pipeline.Incremental;
using Site.Pipeline.Model;

namespace Site.Benchmarks;

/// <summary>
/// The small benchmark corpus (<c>gen_corpus.py --posts 200</c>) loaded, rendered and modelled
/// once per benchmark process, so micro-benchmarks measure one step on real pages. Set
/// <c>BENCH_CORPUS</c> to another corpus' <c>input</c> folder to use it instead.
/// </summary>
internal sealed class CorpusSite
{
    private static readonly Lazy<CorpusSite> Shared = new(() => new CorpusSite());

    private CorpusSite()
    {
        Input = Environment.GetEnvironmentVariable("BENCH_CORPUS") ?? "/tmp/bench/small/input";
        if (!File.Exists(Path.Combine(Input, "site.yml")))
        {
            throw new InvalidOperationException(
                $"no corpus at {Input}: run python3 ../shared/bench/gen_corpus.py --posts 200 --out /tmp/bench/small (or set BENCH_CORPUS)");
        }

        RepositoryRoot = FindRepositoryRoot();
        var loaded = ContentLoader.Load(Input);
        Content = loaded.Content ?? throw new InvalidOperationException("corpus failed to load: " + string.Join("\n", loaded.Diagnostics.Take(5)));
        Rendered = new MarkdownCache().RenderAll(Content, new ParallelOptions(), new List<Diagnostic>());
        var translations = Path.Combine(RepositoryRoot, "translations");
        var strings = Content.Config.Languages.ToDictionary(l => l.Code, l => UiStrings.Load(translations, l.Code, "translations", new List<Diagnostic>()));
        Model = new SiteModel(Content, Rendered.Get, strings, 2026);
    }

    public static CorpusSite Instance => Shared.Value;

    public string Input { get; }

    public string RepositoryRoot { get; }

    public Site.Content.ContentSet Content { get; }

    public RenderedPages Rendered { get; }

    public SiteModel Model { get; }

    public string ThemePath => Path.Combine(RepositoryRoot, "themes", "default");

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Site.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("run from the repository (Site.sln not found)");
    }
}
