using System.Text;

namespace Site.Pipeline.Engine;

/// <summary>
/// The body of a <see cref="Document"/>: text, bytes, a file on disk that is only read when
/// written (so copying thousands of assets never loads them into memory), or a writer that
/// streams large generated files (search indexes) straight to disk. Immutable.
/// </summary>
public sealed class DocumentContent
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string? _text;
    private readonly ReadOnlyMemory<byte>? _bytes;
    private readonly string? _filePath;
    private readonly Action<Stream>? _writer;

    private DocumentContent(string? text, ReadOnlyMemory<byte>? bytes, string? filePath, Action<Stream>? writer = null)
    {
        _text = text;
        _bytes = bytes;
        _filePath = filePath;
        _writer = writer;
    }

    public static DocumentContent Empty { get; } = new(string.Empty, null, null);

    public static DocumentContent FromText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null, null);

    /// <summary>The array is copied so that the caller cannot mutate the document afterwards.</summary>
    public static DocumentContent FromBytes(ReadOnlySpan<byte> bytes) => new(null, bytes.ToArray(), null);

    /// <summary>Wraps <paramref name="bytes"/> without copying; the caller promises not to change the array afterwards.</summary>
    public static DocumentContent FromOwnedBytes(byte[] bytes) => new(null, bytes ?? throw new ArgumentNullException(nameof(bytes)), null);

    /// <summary>
    /// Wraps <paramref name="bytes"/> without copying, for one <see cref="Output.IOutputWriter.Write"/> call only: the
    /// writers are done with the content when they return, so the caller may reuse the memory afterwards (a
    /// renderer's UTF-8 buffer, kept from page to page). Never for a document that stays in a pipeline's outputs.
    /// </summary>
    public static DocumentContent FromBorrowedBytes(ReadOnlyMemory<byte> bytes) => new(null, bytes, null);

    /// <summary>Content that lives in <paramref name="path"/>; read lazily.</summary>
    public static DocumentContent FromFile(string path) => new(null, null, Path.GetFullPath(path));

    /// <summary>
    /// Content produced by <paramref name="writer"/> each time it is needed, never held whole in
    /// memory when written to a file. The writer must write the same bytes on every call.
    /// </summary>
    public static DocumentContent FromWriter(Action<Stream> writer) => new(null, null, null, writer ?? throw new ArgumentNullException(nameof(writer)));

    public bool IsText => _text is not null;

    /// <summary>The source file when the content is a lazy file reference, otherwise null.</summary>
    public string? FilePath => _filePath;

    /// <summary>The content as text (UTF-8 decoding bytes or the file when needed).</summary>
    public string GetText() =>
        _text ?? (_bytes is { } bytes ? Utf8NoBom.GetString(bytes.Span) : _writer is not null ? Utf8NoBom.GetString(Run(_writer)) : File.ReadAllText(_filePath!, Utf8NoBom));

    public byte[] GetBytes() =>
        _bytes is { } bytes ? bytes.ToArray()
        : _text is not null ? Utf8NoBom.GetBytes(_text)
        : _writer is not null ? Run(_writer)
        : File.ReadAllBytes(_filePath!);

    /// <summary>Writes the content to <paramref name="destination"/>, copying files without buffering them whole.</summary>
    public void WriteTo(string destination)
    {
        if (_text is not null)
        {
            Output.FileBytes.WriteText(destination, _text);
        }
        else if (_bytes is { } bytes)
        {
            Output.FileBytes.Write(destination, bytes.Span);
        }
        else if (_writer is not null)
        {
            // Opened like every other output file (FileBytes.OpenForWrite, no truncation): after FileMode.Create's
            // ftruncate, ext4 starts writing the file back when it is closed (auto_da_alloc), which profiles showed
            // for each of the thousands of search shards. Unbuffered: the writers (search JSON, PNG encoder)
            // already hand over large chunks, and a 64 KB buffer per file was allocated for nothing.
            using var stream = new FileStream(Output.FileBytes.OpenForWrite(destination), FileAccess.Write, bufferSize: 0);
            _writer(stream);
        }
        else
        {
            File.Copy(_filePath!, destination, overwrite: true);
        }
    }

    /// <summary>
    /// Writes only when <paramref name="destination"/> does not already hold these bytes, through a
    /// temporary file renamed over it, so a reader (the dev server) never sees a half-written file.
    /// </summary>
    /// <returns>False when the file was already up to date.</returns>
    public bool WriteIfChanged(string destination)
    {
        if (StageIfChanged(destination) is not { } temporary)
        {
            return false;
        }

        try
        {
            File.Move(temporary, destination, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        return true;
    }

    /// <summary>
    /// When <paramref name="destination"/> does not already hold these bytes, writes them to a new
    /// temporary file next to it and returns its path (the caller moves it over the destination or
    /// deletes it); null when the destination is up to date.
    /// </summary>
    public string? StageIfChanged(string destination)
    {
        if (_text is null && _bytes is null)
        {
            // Streamed content and files are compared with the destination as they are written, never held whole.
            using var stream = new Output.ChangedFileStream(destination);
            if (_writer is not null)
            {
                _writer(stream);
            }
            else
            {
                using var source = new FileStream(_filePath!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
                source.CopyTo(stream, 64 * 1024);
            }

            return stream.Complete();
        }

        byte[]? rented = null;
        try
        {
            ReadOnlySpan<byte> bytes;
            if (_text is not null)
            {
                rented = Output.FileBytes.RentUtf8(_text, out var length);
                bytes = rented.AsSpan(0, length);
            }
            else
            {
                bytes = _bytes!.Value.Span;
            }

            if (Output.FileBytes.HasContent(destination, bytes))
            {
                return null;
            }

            var temporary = destination + ".tmp-" + Guid.NewGuid().ToString("N");
            try
            {
                Output.FileBytes.Write(temporary, bytes);
            }
            catch
            {
                File.Delete(temporary);
                throw;
            }

            return temporary;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static byte[] Run(Action<Stream> writer)
    {
        using var stream = new MemoryStream();
        writer(stream);
        return stream.ToArray();
    }

    public override string ToString() =>
        _writer is not null ? "streamed"
        : _text is not null ? $"text ({_text.Length} chars)"
        : _bytes is { } bytes ? $"bytes ({bytes.Length})"
        : $"file {_filePath}";
}
