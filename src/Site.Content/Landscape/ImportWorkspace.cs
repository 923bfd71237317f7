using System.Text;
using Site.Content.FrontMatter;
using Site.Content.Text;

namespace Site.Content.Landscape;

/// <summary>
/// The input folder as an import sees it: every file it reads, with its original text and the
/// text after the edits planned so far. Nothing is written here; <see cref="Edits"/> lists the
/// files whose text differs from what is on disk (and the files to delete).
/// </summary>
internal sealed class ImportWorkspace(string inputRoot)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly Dictionary<string, string?> _original = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]?> _binary = new(StringComparer.Ordinal);

    public string InputRoot { get; } = Path.GetFullPath(inputRoot);

    public string FullPath(string path) => Path.Combine(InputRoot, path.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The `*.md` files of a folder below the input (`en/projects`), as input-relative paths, sorted.</summary>
    public IReadOnlyList<string> MarkdownIn(string folder)
    {
        var full = FullPath(folder);
        if (!Directory.Exists(full))
        {
            return [];
        }

        return Directory.EnumerateFiles(full, "*.md", SearchOption.TopDirectoryOnly)
            .Select(f => folder + "/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Every `*.md` below a language folder, recursively, sorted.</summary>
    public IReadOnlyList<string> AllMarkdown(string language)
    {
        var full = FullPath(language);
        if (!Directory.Exists(full))
        {
            return [];
        }

        return Directory.EnumerateFiles(full, "*.md", SearchOption.AllDirectories)
            .Select(f => language + "/" + Path.GetRelativePath(full, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public bool Exists(string path) => Text(path) is not null;

    /// <summary>The current text of a file (after planned edits), or null when it does not exist (or is to be deleted).</summary>
    public string? Text(string path)
    {
        if (_current.TryGetValue(path, out var text))
        {
            return text;
        }

        var full = FullPath(path);
        var read = File.Exists(full) ? File.ReadAllText(full, Utf8) : null;
        _original[path] = read;
        _current[path] = read;
        return read;
    }

    /// <summary>The text before any edit of this import.</summary>
    public string? Original(string path)
    {
        Text(path);
        return _original[path];
    }

    public void Write(string path, string text)
    {
        Text(path);
        _current[path] = text;
    }

    public void Delete(string path)
    {
        Text(path);
        _current[path] = null;
    }

    /// <summary>Plans a binary file (a logo); returns false when the file on disk already has these bytes.</summary>
    public bool WriteBytes(string path, byte[] bytes)
    {
        var full = FullPath(path);
        if (File.Exists(full) && File.ReadAllBytes(full).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        _binary[path] = bytes;
        return true;
    }

    public bool FileExists(string path) => File.Exists(FullPath(path));

    /// <summary>Opens the front matter of a file for editing; null with <paramref name="error"/> when it cannot be.</summary>
    public FrontMatterEditor? Editor(string path, out string? error)
    {
        var text = Text(path);
        if (text is null)
        {
            error = "the file does not exist";
            return null;
        }

        return FrontMatterEditor.Open(text, out error);
    }

    /// <summary>Saves an editor's result (nothing when it changed nothing).</summary>
    public void Save(string path, FrontMatterEditor editor)
    {
        if (editor.Changed)
        {
            Write(path, editor.ToText());
        }
    }

    /// <summary>Splits a page into its front matter (with both fences) and its body.</summary>
    public static (string Head, string Body) Split(string text)
    {
        var first = text.IndexOf('\n');
        if (first < 0 || text[..first].TrimEnd('\r', ' ', '\t') != "---")
        {
            return (string.Empty, text);
        }

        var pos = first + 1;
        while (pos < text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var line = (nl < 0 ? text[pos..] : text[pos..nl]).TrimEnd('\r', ' ', '\t');
            var next = nl < 0 ? text.Length : nl + 1;
            if (line is "---" or "...")
            {
                return (text[..next], text[next..]);
            }

            pos = next;
        }

        return (string.Empty, text);
    }

    /// <summary>The translatable-words hash of a page text (`sourceHash`), or null when its front matter cannot be read.</summary>
    public static string? HashOf(string path, string? text) => text is null ? null : SourceHash.ComputeForFile(path, text);

    /// <summary>Every planned change: text files whose content differs from disk, deletions, binary files.</summary>
    public IReadOnlyList<FileEdit> Edits()
    {
        var edits = new List<FileEdit>();
        foreach (var (path, text) in _current)
        {
            var original = _original[path];
            if (text == original)
            {
                continue;
            }

            edits.Add(new FileEdit(path, FullPath(path), text is null ? null : Utf8.GetBytes(text)));
        }

        foreach (var (path, bytes) in _binary)
        {
            edits.Add(new FileEdit(path, FullPath(path), bytes));
        }

        return [.. edits.OrderBy(e => e.Path, StringComparer.Ordinal)];
    }
}
