using Site.Content.Diagnostics;

namespace Site.Content.Landscape;

/// <summary>What an import did to one page or file, as printed by `import landscape`.</summary>
public enum ImportEventKind
{
    Added,
    Changed,
    Archived,
    Removed,
    Returned,
    Retired,
    Logo,
}

/// <summary>One line of the import report: what happened to which file, and the detail.</summary>
/// <param name="Path">Input-relative path (`en/projects/akri.md`, `assets/logos/akri.svg`).</param>
public sealed record ImportEvent(ImportEventKind Kind, string Path, string Detail);

/// <summary>A file to write (content) or delete (null content), input-relative and absolute.</summary>
public sealed record FileEdit(string Path, string FullPath, byte[]? Content);

/// <summary>
/// The plan of an import: the files to write or delete, the report lines and the diagnostics.
/// Planning reads only; <see cref="LandscapeImport.Apply"/> writes.
/// </summary>
public sealed class LandscapeImportResult
{
    internal LandscapeImportResult(IReadOnlyList<ImportEvent> events, IReadOnlyList<FileEdit> edits, IReadOnlyList<Diagnostic> diagnostics, ImportTotals totals)
    {
        Events = events;
        Edits = edits;
        Diagnostics = diagnostics;
        Totals = totals;
    }

    public IReadOnlyList<ImportEvent> Events { get; }

    public IReadOnlyList<FileEdit> Edits { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public ImportTotals Totals { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public int Count(ImportEventKind kind) => Events.Count(e => e.Kind == kind);
}

/// <summary>How many projects and categories the file has, and how many pages the import keeps in step with it.</summary>
/// <param name="WithoutDescription">Projects the file gives no `description`: their pages have no summary until someone writes one.</param>
public sealed record ImportTotals(int Projects, int Graduated, int Incubating, int Sandbox, int Archived, int CategoryPages, int Logos, int WithoutDescription);
