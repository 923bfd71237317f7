using System.Diagnostics;

namespace Site.Tests.Cli;

/// <summary>
/// Runs a program in a process of its own, as a deploy or a contributor's shell does (a script of <c>tools/</c>, the
/// published CLI), and returns its exit code and both outputs once it has ended.
/// </summary>
internal static class ChildProcess
{
    /// <summary>The tested CLI, as <c>dotnet Site.dll</c> would run it from this test's build.</summary>
    public static string TestedCli => Path.Combine(AppContext.BaseDirectory, "Site.dll");

    public static (int Code, string Out, string Err) Run(string program, IEnumerable<string> args, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        // Both pipes read at once: a child that fills one while nobody reads it would wait forever.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
