using Site.Pipeline.Engine;

namespace Site.Pipeline.Output;

/// <summary>Where a build's files go: a fresh staging folder (cold builds) or the live output folder (incremental rebuilds).</summary>
public interface IOutputWriter
{
    /// <summary>Writes one file; <paramref name="relativePath"/> is site-relative with forward slashes. Safe to call from many threads.</summary>
    /// <returns>False when the file already held exactly these bytes and was left alone.</returns>
    bool Write(string relativePath, DocumentContent content);

    /// <summary>Removes a file that the site no longer produces; missing files are ignored.</summary>
    void Delete(string relativePath);
}
