using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Site.Cli.Serve;
using Site.Pipeline.Build;

namespace Site.Tests.Browser;

/// <summary>
/// The repository's real <c>input/</c> built once per test run (through <see cref="SiteBuilder"/>,
/// with the real theme, UI strings and lunr scripts) into a temp folder, and served by the CLI's
/// own static handler on a free 127.0.0.1 port, the way <c>site serve</c> and a static host serve it.
/// Shared by every browser test class (xunit 2 has no assembly fixture). The folder is deleted if the
/// test process exits normally; vstest usually kills its test host instead, so each start also sweeps
/// the folders of test processes that are no longer running.
/// </summary>
public sealed class BuiltSampleSite : IAsyncDisposable
{
    private static readonly Lazy<Task<BuiltSampleSite>> Shared = new(StartSharedAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Parent of the per-process folders, named <c>&lt;process id&gt;-&lt;guid&gt;</c> so stale ones can be recognised.</summary>
    private static readonly string FoldersRoot = Path.Combine(Path.GetTempPath(), "site-browser-tests");

    private readonly string _folder;
    private readonly WebApplication _server;

    private BuiltSampleSite(string folder, BuildReport report, WebApplication server, Uri address)
    {
        _folder = folder;
        Report = report;
        _server = server;
        Address = address;
    }

    /// <summary>Root of the server, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public BuildReport Report { get; }

    /// <summary>The built site on disk.</summary>
    public string OutputPath => Report.OutputPath;

    /// <summary>The shared instance; the first caller builds and starts it.</summary>
    public static Task<BuiltSampleSite> GetAsync() => Shared.Value;

    /// <summary>Absolute URL of a root-relative path (<c>/zh/search/?q=…</c>); non-ASCII is percent-encoded by <see cref="Uri"/>.</summary>
    public string Url(string path) => new Uri(Address, path).AbsoluteUri;

    /// <summary>A file of the built site, e.g. <c>zh/search/light.json</c>.</summary>
    public string OutputFile(string relative) => Path.Combine([OutputPath, .. relative.Split('/')]);

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
        DeleteFolder(_folder);
    }

    private static async Task<BuiltSampleSite> StartSharedAsync()
    {
        SweepFoldersOfDeadProcesses();
        var site = await StartAsync(Site.TestSupport.RepositoryRoot.Path).ConfigureAwait(false);
        // Best effort, only the folder: the server dies with the process, and waiting for it could stall the exit.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteFolder(site._folder);
        return site;
    }

    /// <summary>A site of its own (dispose it): <paramref name="inputPath"/> built with the repository's theme, UI strings and scripts.</summary>
    internal static Task<BuiltSampleSite> StartAsync(string inputPath, string translationsPath) =>
        StartAsync(Site.TestSupport.RepositoryRoot.Path, inputPath, translationsPath);

    private static async Task<BuiltSampleSite> StartAsync(string repository, string? inputPath = null, string? translationsPath = null)
    {
        // The build leaves lunr.js out when the package is missing, and every search test then fails with
        // "the search index could not be loaded". Installing it here would race the other test assemblies'
        // `npm ci` in the same folder, so say what to run instead (tools/test.sh does it first).
        var lunr = Path.Combine(repository, "tools", "node_modules", "lunr", "lunr.min.js");
        if (!File.Exists(lunr))
        {
            throw new InvalidOperationException($"{lunr} is missing: run `bash tools/setup.sh` (npm ci in tools/) before the browser tests");
        }

        var folder = Path.Combine(FoldersRoot, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var report = await SiteBuilder.BuildAsync(new BuildOptions
            {
                InputPath = inputPath ?? Path.Combine(repository, "input"),
                OutputPath = Path.Combine(folder, "site"),
                ThemePath = Path.Combine(repository, "themes", "default"),
                TranslationsPath = translationsPath ?? Path.Combine(repository, "translations"),
                LunrPackagePath = Path.Combine(repository, "tools", "node_modules", "lunr"),
                LunrCjkScriptPath = Path.Combine(repository, "tools", "lunr", "lunr-cjk.js"),
                Now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
                MaxDegreeOfParallelism = 2,
            }).ConfigureAwait(false);
            if (!report.Succeeded)
            {
                var errors = string.Join(Environment.NewLine, report.Diagnostics.Where(d => d.IsError).Take(20));
                throw new InvalidOperationException($"The sample site in {repository}/input did not build:{Environment.NewLine}{errors}");
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var (server, address) = await DevServer.StartAsync(report.OutputPath, 0, timeout.Token).ConfigureAwait(false);
            return new BuiltSampleSite(folder, report, server, address);
        }
        catch
        {
            DeleteFolder(folder);
            throw;
        }
    }

    private static void SweepFoldersOfDeadProcesses()
    {
        if (!Directory.Exists(FoldersRoot))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(FoldersRoot))
        {
            var name = Path.GetFileName(folder);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name.AsSpan(0, dash), out var pid) && !IsRunning(pid))
            {
                DeleteFolder(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>A theory that needs Chromium: skipped when it is missing, except on CI where <see cref="BrowserFixture"/> fails instead (the theory twin of <see cref="BrowserFactAttribute"/>).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserFixture.MissingBrowserReason is { } reason && !BrowserFixture.IsCi)
        {
            Skip = reason;
        }
    }
}
