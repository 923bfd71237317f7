using System.Globalization;

namespace Site.Content.History;

/// <summary>
/// When each file of a folder last changed, from git history: the author date of the newest commit
/// touching it (what "last updated" on a page means to a reader, whatever the checkout's file times say).
/// </summary>
/// <remarks>
/// One walk of the history, not one git call per file: a single <c>git log --name-only</c> over the
/// folder lists every commit newest first with the files it changed; the first time a path appears
/// is its date. That is O(changes in history), a second or so for 20,000 pages, where a call per file
/// would start 20,000 processes. The git command line is used rather than LibGit2Sharp: git is on every
/// machine that has the repository, and a tree diff per commit through libgit2 is what git log already does
/// natively, without a native library to ship. Outside a repository, without git, or in a shallow clone
/// (whose oldest commit would claim every file) there are no dates and pages simply omit them.
/// </remarks>
public sealed class FileDates
{
    private readonly Dictionary<string, DateTimeOffset> _byPath;
    private readonly HashSet<string> _edited;

    private FileDates(Dictionary<string, DateTimeOffset> byPath, string? reason, HashSet<string>? edited = null)
    {
        _byPath = byPath;
        _edited = edited ?? [];
        Unavailable = reason;
    }

    /// <summary>No dates (not a repository).</summary>
    public static FileDates None { get; } = new(new Dictionary<string, DateTimeOffset>(), "no git history");

    /// <summary>Why there are no dates (not a repository, git missing, shallow clone), or null when there are.</summary>
    public string? Unavailable { get; }

    /// <summary>Number of files with a date.</summary>
    public int Count => _byPath.Count;

    /// <summary>The last change of a file (absolute path), or null when git has no commit of it (untracked, or no history).</summary>
    public DateTimeOffset? LastChanged(string fullPath) =>
        _byPath.TryGetValue(Normalise(fullPath), out var date) ? date : null;

    /// <summary>
    /// Whether a file changed in a commit after the one that added it: a post's "last updated" means an edit after it
    /// was published, not the day it was committed (an imported blog's posts all carry the day of their import).
    /// </summary>
    public bool EditedSinceAdded(string fullPath) => _edited.Contains(Normalise(fullPath));

    /// <summary>Reads the history of every file below <paramref name="folder"/> in one git call.</summary>
    public static FileDates Read(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            return None;
        }

        var info = GitCommand.Run(full, "rev-parse", "--show-toplevel", "--is-shallow-repository");
        var lines = info?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines is not { Length: 2 })
        {
            return None;
        }

        if (lines[1] == "true")
        {
            return new FileDates(new Dictionary<string, DateTimeOffset>(), "the repository is a shallow clone (fetch its whole history for last-updated dates)");
        }

        var top = Path.GetFullPath(lines[0]);
        var relative = Path.GetRelativePath(top, full).Replace('\\', '/');
        // %x1e marks a commit; -z ends every name with NUL, so no path is quoted or split.
        var log = GitCommand.Run(top, "-c", "core.quotepath=off", "log", "--format=%x1e%H %aI", "--name-only", "-z", "--no-renames", "--", relative == "." ? "." : relative);
        if (log is null)
        {
            return None;
        }

        var edited = new HashSet<string>(StringComparer.Ordinal);
        return new FileDates(Parse(log, top, edited, IgnoredRevisions(top)), null, edited);
    }

    /// <summary>
    /// The commits git blame is told to look past (<c>blame.ignoreRevsFile</c>, else <c>.git-blame-ignore-revs</c> at the
    /// repository's root, which GitHub's blame view reads too): mass edits such as reformatting or links rewritten by
    /// <c>site move</c>, which are no update of each page they touch. One full object name per line; <c>#</c> comments.
    /// </summary>
    private static HashSet<string> IgnoredRevisions(string top)
    {
        var configured = GitCommand.Run(top, "config", "--get", "blame.ignoreRevsFile")?.Trim();
        var file = Path.Combine(top, string.IsNullOrEmpty(configured) ? ".git-blame-ignore-revs" : configured);
        var ignored = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(file))
        {
            return ignored;
        }

        foreach (var line in File.ReadLines(file))
        {
            var name = line.Split('#', 2)[0].Trim();
            if (name.Length > 0)
            {
                ignored.Add(name);
            }
        }

        return ignored;
    }

    /// <summary>Parses <c>git log --format=%x1e%H %aI --name-only -z</c> output (paths relative to <paramref name="top"/>).</summary>
    /// <param name="edited">
    /// Gets every path changed again at least a day after the commit that added it: a post mended on the day it was
    /// published or imported (each `check` round of an import is a commit) was not updated since, for its readers.
    /// </param>
    /// <param name="ignored">Commits whose changes are left out, as if they were not in the history.</param>
    internal static Dictionary<string, DateTimeOffset> Parse(string log, string top, HashSet<string>? edited = null, IReadOnlySet<string>? ignored = null)
    {
        var byPath = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var added = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        DateTimeOffset? current = null;
        foreach (var raw in log.Split('\0'))
        {
            var item = raw.TrimStart('\n');
            if (item.Length == 0)
            {
                continue;
            }

            if (item[0] == '\x1e')
            {
                var header = item.AsSpan(1).Trim();
                var space = header.IndexOf(' ');
                current = space > 0 && ignored?.Contains(header[..space].ToString()) != true
                    && DateTimeOffset.TryParse(header[(space + 1)..], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
                continue;
            }

            if (current is { } when)
            {
                var path = Normalise(Path.Combine(top, item));
                byPath.TryAdd(path, when);
                added[path] = when; // newest first: the last one seen is the commit that added the file
            }
        }

        foreach (var (path, last) in byPath)
        {
            if (last - added[path] >= TimeSpan.FromDays(1))
            {
                edited?.Add(path);
            }
        }

        return byPath;
    }

    private static string Normalise(string path) => Path.GetFullPath(path).Replace('\\', '/');
}
