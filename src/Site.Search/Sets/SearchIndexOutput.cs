namespace Site.Search;

/// <summary>The built search files of one language.</summary>
public sealed record SearchIndexOutput(LunrIndex Light, LunrIndex Full, SearchDocumentStore Documents)
{
    /// <summary>
    /// Writes <c>{name}.light.json</c>, <c>{name}.full.json</c> and <c>{name}.docs.json</c> into
    /// <paramref name="directory"/> (created if needed), e.g. name "en" under <c>public/search</c>.
    /// </summary>
    public SearchIndexFiles WriteFiles(string directory, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Directory.CreateDirectory(directory);
        var files = new SearchIndexFiles(
            Path.Combine(directory, name + ".light.json"),
            Path.Combine(directory, name + ".full.json"),
            Path.Combine(directory, name + ".docs.json"));
        Write(files.LightPath, s => Light.WriteJson(s));
        Write(files.FullPath, s => Full.WriteJson(s));
        Write(files.DocumentsPath, Documents.WriteJson);
        return files;
    }

    private static void Write(string path, Action<Stream> write)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.SequentialScan);
        write(stream);
    }
}

/// <summary>Paths written by <see cref="SearchIndexOutput.WriteFiles"/>.</summary>
public sealed record SearchIndexFiles(string LightPath, string FullPath, string DocumentsPath);
