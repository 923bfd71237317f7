using System.Diagnostics;
using Site.Tests.Cli;

namespace Site.Tests.BadInput;

/// <summary>
/// Runs the built <c>Site.dll</c> as a child process, kills it in the middle of a build and
/// checks that the previous site is still there, byte for byte, and that the next build cleans up.
/// </summary>
public sealed class CrashDuringBuildTests
{
    // Enough pages that the write phase lasts long enough to be caught even on a quiet machine (300 was not).
    private const int ExtraPosts = 2000;

    [Fact]
    public async Task Killing_the_process_mid_build_leaves_the_previous_output_intact()
    {
        using var site = new MinimalSite();
        Assert.Equal(0, (await CliRun.RunAsync(site.BuildArgs())).ExitCode);
        var before = MinimalSite.Snapshot(site.Output);
        for (var i = 0; i < ExtraPosts; i++)
        {
            site.Write($"input/en/blog/2021/post-{i:D4}.md", $"---\ntitle: Post {i}\ndate: 2021-01-01\ntags: [t{i % 50}]\n---\nText of post {i}.\n\n## Part\n\nMore text.\n");
        }

        using var process = Start(site.BuildArgs());
        var staging = await WaitForStagingWritesAsync(site, process);
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        Assert.True(staging is not null, "the build finished before it could be interrupted; raise ExtraPosts");
        Assert.Equal(before, MinimalSite.Snapshot(site.Output));

        // The next build (same input) recovers: it succeeds and leaves no staging folder of the dead process behind.
        var next = await CliRun.RunAsync(site.BuildArgs());
        Assert.Equal(0, next.ExitCode);
        Assert.Empty(Directory.GetDirectories(site.Root, ".output*"));
        Assert.True(File.Exists(site.Combine($"output/blog/2021/post-{ExtraPosts - 1:D4}/index.html")));
    }

    private static Process Start(string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ChildProcess.TestedCli);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// The staging folder once the build has started writing into it (more than the marker), or null if the
    /// process ended first. No deadline of its own: the build ends by itself, and on a busy machine its start
    /// alone (a new .NET process reading 2,000 pages) took longer than the minute this once allowed.
    /// </summary>
    private static async Task<string?> WaitForStagingWritesAsync(MinimalSite site, Process process)
    {
        while (!process.HasExited)
        {
            foreach (var staging in Directory.GetDirectories(site.Root, ".output.staging-*"))
            {
                try
                {
                    if (Directory.EnumerateFileSystemEntries(staging).Skip(1).Any())
                    {
                        return staging;
                    }
                }
                catch (DirectoryNotFoundException)
                {
                }
            }

            await Task.Delay(5);
        }

        return null;
    }
}
