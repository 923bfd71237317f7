using System.Collections.Immutable;

namespace Site.Pipeline.Engine;

/// <summary>
/// An immutable unit of work flowing through a pipeline: where it came from, where it goes,
/// its content and its metadata. Modules never mutate a document; they return changed copies
/// made with the <c>With...</c> methods, which makes parallel processing safe.
/// </summary>
public sealed class Document
{
    private static readonly ImmutableDictionary<string, object?> EmptyMetadata =
        ImmutableDictionary.Create<string, object?>(StringComparer.Ordinal);

    public Document(
        string? source,
        string? destination,
        DocumentContent? content = null,
        ImmutableDictionary<string, object?>? metadata = null)
    {
        Source = source;
        Destination = destination is null ? null : NormalizeDestination(destination);
        Content = content ?? DocumentContent.Empty;
        Metadata = metadata ?? EmptyMetadata;
    }

    /// <summary>Source path as shown to users (relative, forward slashes); null for generated documents.</summary>
    public string? Source { get; }

    /// <summary>Output path relative to the site root, forward slashes, no leading slash; null when not written.</summary>
    public string? Destination { get; }

    public DocumentContent Content { get; }

    public ImmutableDictionary<string, object?> Metadata { get; }

    public static Document FromText(string? source, string? destination, string text) =>
        new(source, destination, DocumentContent.FromText(text));

    public Document WithSource(string? source) => new(source, Destination, Content, Metadata);

    public Document WithDestination(string? destination) => new(Source, destination, Content, Metadata);

    public Document WithContent(DocumentContent content) => new(Source, Destination, content, Metadata);

    public Document WithText(string text) => WithContent(DocumentContent.FromText(text));

    public Document WithMetadata(string key, object? value) => new(Source, Destination, Content, Metadata.SetItem(key, value));

    public Document WithMetadata(IEnumerable<KeyValuePair<string, object?>> items) =>
        new(Source, Destination, Content, Metadata.SetItems(items));

    public Document WithoutMetadata(string key) => new(Source, Destination, Content, Metadata.Remove(key));

    public bool TryGet<T>(string key, out T value)
    {
        if (Metadata.TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>The metadata value when present and of type <typeparamref name="T"/>, otherwise <paramref name="fallback"/>.</summary>
    public T Get<T>(string key, T fallback) => TryGet<T>(key, out var value) ? value : fallback;

    /// <summary>The metadata value; throws when it is missing, because a module asked for a value another module must have set.</summary>
    public T GetRequired<T>(string key) =>
        TryGet<T>(key, out var value)
            ? value
            : throw new KeyNotFoundException($"document '{Source ?? Destination}' has no metadata '{key}' of type {typeof(T).Name}");

    /// <summary>The key documents are ordered by when an order must not depend on scheduling.</summary>
    public string SortKey => Destination ?? Source ?? string.Empty;

    public override string ToString() => $"{Source ?? "(generated)"} -> {Destination ?? "(not written)"}";

    private static string NormalizeDestination(string destination) => destination.Replace('\\', '/').TrimStart('/');
}
