using System.Diagnostics;

namespace Site.TestSupport;

/// <summary>A git repository in a temp folder whose commits carry chosen dates (for last-updated tests).</summary>
public sealed class TempGitRepository : IDisposable
{
    private readonly TempFolder? _folder;

    /// <summary>A new repository in its own temp folder, deleted on dispose.</summary>
    public TempGitRepository()
        : this(null)
    {
    }

    /// <summary>A repository made in <paramref name="existingFolder"/> (which the caller owns), or in a new temp folder.</summary>
    public TempGitRepository(string? existingFolder)
    {
        _folder = existingFolder is null ? new TempFolder() : null;
        Path = existingFolder ?? _folder!.Path;
        Git("init", "-q", "-b", "main");
    }

    public string Path { get; }

    public string WriteFile(string relative, string text)
    {
        var full = System.IO.Path.Combine([Path, .. relative.Split('/')]);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Commits everything changed, authored and committed at <paramref name="when"/>.</summary>
    public void Commit(string message, DateTimeOffset when)
    {
        Git("add", "-A");
        var date = when.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        Git(["-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "--allow-empty", "-m", message], new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date });
    }

    public string Git(params string[] args) => Git(args, null);

    private string Git(string[] args, Dictionary<string, string>? environment)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        info.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        foreach (var (k, v) in environment ?? [])
        {
            info.Environment[k] = v;
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {stderr.Result}");
        }

        return output;
    }

    public void Dispose() => _folder?.Dispose();
}
