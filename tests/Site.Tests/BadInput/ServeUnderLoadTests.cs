using System.Net;
using System.Text.RegularExpressions;
using Site.Cli.Serve;
using Site.Pipeline.Build;

namespace Site.Tests.BadInput;

/// <summary>
/// <c>serve</c> while a contributor keeps saving a post: a bounded burst of concurrent requests
/// on 127.0.0.1 must all complete, and every page must be one whole version (old or new), never
/// half-written, missing or a mixture of two builds.
/// </summary>
public sealed partial class ServeUnderLoadTests
{
    private const string Post = "input/en/blog/2019/benchmarks.md";
    private const int Clients = 16;
    private const int RequestsPerClient = 50;
    private const int MaxRequestsPerClient = 2_000;
    private const int Edits = 8;

    /// <summary>What <c>serve</c> runs: an incremental session writing changed files in place through temp files and renames.</summary>
    [Fact]
    public Task Concurrent_requests_during_incremental_rebuilds_always_get_a_whole_page_of_one_version() => RunBurstAsync(incremental: true);

    /// <summary>Theme or site.yml edits: full rebuilds whose output folder is swapped in while requests are served.</summary>
    [Fact]
    public Task Concurrent_requests_during_full_rebuilds_always_get_a_whole_page_of_one_version() => RunBurstAsync(incremental: false);

    private static async Task RunBurstAsync(bool incremental)
    {
        using var site = new MinimalSite();
        site.Write(Post, Version(0));
        var log = new StringWriter();
        var options = new BuildOptions
        {
            InputPath = site.Input,
            OutputPath = site.Output,
            ThemePath = site.Theme,
            TranslationsPath = site.Translations,
            MaxDegreeOfParallelism = 2,
        };
        // A bound for a hung server, not a pace: the burst takes seconds, several times that on a busy machine.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await using var server = await PreviewServer.StartAsync(options, TextWriter.Synchronized(log), incremental, timeout.Token);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        var url = "/blog/2019/benchmarks/";

        // Each save waits until the server shows it, so every rebuild overlaps the readers.
        var editor = Task.Run(async () =>
        {
            for (var v = 1; v <= Edits; v++)
            {
                await Task.Delay(50, timeout.Token);
                site.Write(Post, Version(v));
                await WaitForVersionAsync(client, url, v, timeout.Token);
            }
        });
        var problems = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var readers = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            // Bounded: at least RequestsPerClient each, and on until the last edit is served (at most MaxRequestsPerClient).
            for (var i = 0; i < MaxRequestsPerClient && (i < RequestsPerClient || !editor.IsCompleted); i++)
            {
                using var response = await client.GetAsync(url, timeout.Token);
                var body = await response.Content.ReadAsStringAsync(timeout.Token);
                if (Check(response.StatusCode, body) is { } problem)
                {
                    problems.Enqueue(problem);
                }
                else
                {
                    seen.AddOrUpdate(VersionOf(body), 1, (_, n) => n + 1);
                }
            }
        })).ToList();

        await Task.WhenAll([editor, .. readers]).WaitAsync(timeout.Token);

        Assert.True(problems.IsEmpty, $"{problems.Count} of {problems.Count + seen.Values.Sum()} responses were wrong, e.g.:\n{string.Join("\n", problems.Take(5))}\n--- server log\n{log}");
        Assert.True(seen.Keys.Count > 2, $"only versions {string.Join(", ", seen.Keys)} were seen: the burst did not overlap a rebuild\n{log}");
    }

    private static string Version(int v) => $"---\ntitle: Benchmarks v{v}\ndate: 2019-05-30\ntags: [Performance]\nprojects: [linkerd]\n---\nBody of version {v}.\n";

    /// <summary>Null for a good response; otherwise what is wrong with it.</summary>
    private static string? Check(HttpStatusCode status, string body)
    {
        if (status != HttpStatusCode.OK)
        {
            return $"status {(int)status}: {Shorten(body)}";
        }

        if (!body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal))
        {
            return $"incomplete page ({body.Length} chars): ...{body[Math.Max(0, body.Length - 80)..]}";
        }

        var titles = TitleVersion().Matches(body).Select(m => m.Groups[1].Value).Distinct().ToList();
        var bodies = BodyVersion().Matches(body).Select(m => m.Groups[1].Value).Distinct().ToList();
        return titles.Count == 1 && bodies.Count == 1 && titles[0] == bodies[0]
            ? null
            : $"mixed versions: titles {string.Join(",", titles)}, bodies {string.Join(",", bodies)}";
    }

    private static int VersionOf(string body) => int.Parse(BodyVersion().Match(body).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task WaitForVersionAsync(HttpClient client, string url, int version, CancellationToken cancellationToken)
    {
        while (true)
        {
            var body = await client.GetStringAsync(url, cancellationToken);
            if (BodyVersion().Match(body) is { Success: true } m && m.Groups[1].Value == version.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "...";

    [GeneratedRegex(@"Benchmarks v(\d+)")]
    private static partial Regex TitleVersion();

    [GeneratedRegex(@"Body of version (\d+)")]
    private static partial Regex BodyVersion();
}
