using System.Diagnostics;

namespace Site.Search.Tests.Infrastructure;

/// <summary>
/// Runs the Node reference scripts against the real lunr.js from tools/node_modules. Installs it with
/// <c>npm ci</c> when missing; fails with a clear message when node or npm is unavailable.
/// </summary>
internal static class NodeRunner
{
    private static readonly Lazy<string> LunrDirectory = new(EnsureLunrInstalled);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs <c>node tests/Site.Search.Tests/node/&lt;script&gt; args…</c> and returns its stdout.</summary>
    public static string RunScript(string script, params string[] arguments)
    {
        _ = LunrDirectory.Value;
        return Run("node", RepositoryPaths.TestProjectDir, [RepositoryPaths.NodeScript(script), .. arguments]);
    }

    private static string EnsureLunrInstalled()
    {
        string tools = Path.Combine(RepositoryPaths.RepoRoot, "tools");
        string lunr = Path.Combine(tools, "node_modules", "lunr", "lunr.js");
        if (!File.Exists(lunr))
        {
            Run("npm", tools, ["ci", "--no-audit", "--no-fund"]);
            if (!File.Exists(lunr))
            {
                throw new InvalidOperationException($"`npm ci` in {tools} did not install lunr ({lunr} missing).");
            }
        }

        return Path.GetDirectoryName(lunr)!;
    }

    private static string Run(string fileName, string workingDirectory, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"`{fileName}` is required for the lunr.js compatibility tests but could not be started (is Node 20 on PATH?): {e.Message}", e);
        }

        using (process)
        {
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} timed out.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stderr.Result}");
            }

            return stdout.Result;
        }
    }
}
