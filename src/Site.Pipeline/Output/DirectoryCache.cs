using System.Collections.Concurrent;

namespace Site.Pipeline.Output;

/// <summary>
/// Creates each output folder once. Twenty thousand pages live in a few thousand folders, and
/// <see cref="Directory.CreateDirectory(string)"/> costs several system calls even when the folder exists.
/// </summary>
internal sealed class DirectoryCache
{
    private readonly ConcurrentDictionary<string, byte> _created = new(StringComparer.Ordinal);

    public void EnsureParentOf(string filePath)
    {
        var folder = Path.GetDirectoryName(filePath)!;
        if (_created.ContainsKey(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        _created.TryAdd(folder, 0);
    }
}
