using System.Diagnostics;
using System.Text;

namespace Site.Content.History;

/// <summary>
/// Runs the git command line (dates of files, translation history, `site move`'s `git mv`). The CLI
/// rather than a library: LibGit2Sharp cannot follow renames (`--follow`) or read shallow clones the
/// way git itself does, and git is on every contributor's machine anyway.
/// </summary>
internal static class GitCommand
{
    /// <summary>Git's standard output, or null when git is missing or fails (outside a repository, unknown file).</summary>
    public static string? Run(string workingDirectory, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo("git")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }

            info.Environment["GIT_TERMINAL_PROMPT"] = "0"; // never wait for input

            using var process = Process.Start(info);
            if (process is null)
            {
                return null;
            }

            // Both streams are drained at once: a full stderr pipe would otherwise block git.
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
