using Site.Content.History;
using Site.Content.Text;

namespace Site.Content.Translation;

/// <summary>
/// Finds, in git history, the revision of a source page a translation was made from (the one
/// whose <see cref="SourceHash"/> equals the translation's `sourceHash:`) and diffs it against the
/// file as it is now, so a translator sees exactly which sentences changed. Without git, or when
/// no revision matches, there is no diff (callers say so); the search is bounded.
/// </summary>
public static class SourceHistory
{
    /// <summary>Revisions examined per file, newest first.</summary>
    public const int MaxRevisions = 100;

    /// <summary>Unified diff from the pinned revision to the working file, or null.</summary>
    public static string? DiffSince(string sourceFullPath, string pinnedHash)
    {
        var folder = Path.GetDirectoryName(sourceFullPath)!;
        var top = GitCommand.Run(folder, "rev-parse", "--show-toplevel")?.Trim();
        if (string.IsNullOrEmpty(top))
        {
            return null;
        }

        var relative = Path.GetRelativePath(top, sourceFullPath).Replace('\\', '/');
        // One call lists each revision with the file's name at that time (--follow crosses renames).
        var log = GitCommand.Run(top, "log", $"-n{MaxRevisions}", "--follow", "--name-only", "--format=@%H", "--", relative);
        if (log is null)
        {
            return null;
        }

        string? commit = null;
        foreach (var line in log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('@'))
            {
                commit = line[1..];
                continue;
            }

            if (commit is null)
            {
                continue;
            }

            var text = GitCommand.Run(top, "show", $"{commit}:{line}");
            if (text is null || !string.Equals(SourceHash.ComputeForFile(line, text), pinnedHash, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var diff = GitCommand.Run(top, "diff", "--no-color", "--no-ext-diff", "--word-diff=plain", "-U0", commit, "--", relative);
            return diff is null ? null : $"since {commit[..Math.Min(10, commit.Length)]}:\n{diff.TrimEnd()}";
        }

        return null;
    }
}
