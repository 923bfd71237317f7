using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Site.Pipeline.Output;

/// <summary>
/// A write-only stream that compares what is written with the file at a destination as it goes, and
/// only once the bytes differ starts a temporary file next to it (first copying the equal beginning
/// from the old file). Streamed content (search index shards, link-preview images) is so checked
/// against the live output without being held in memory: buffering the 390 MB of search files a
/// refresh writes, to compare them afterwards, made every edit in <c>serve</c> churn through a
/// gigabyte of large byte arrays that only a full collection frees.
/// </summary>
internal sealed class ChangedFileStream : Stream
{
    private const int ChunkSize = 64 * 1024;

    private readonly string _destination;
    private SafeFileHandle? _old;
    private long _oldLength;
    private long _position;
    private FileStream? _temporary;
    private string? _temporaryPath;

    // Writes are gathered here and compared a chunk at a time: writers that make many small writes (a PNG
    // encoder, a JSON writer flushing often) would otherwise cost a read of the old file for each of them.
    private byte[]? _pending = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private int _pendingCount;

    public ChangedFileStream(string destination)
    {
        _destination = destination;
        try
        {
            _old = File.OpenHandle(destination, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            _oldLength = RandomAccess.GetLength(_old);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            _old = null;
        }
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _position + _pendingCount;

    public override long Position
    {
        get => _position + _pendingCount;
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Ends the comparison: the path of the temporary file holding the new content (the caller moves it
    /// over the destination or deletes it), or null when the destination already held exactly these bytes.
    /// </summary>
    public string? Complete()
    {
        FlushPending();
        if (_temporary is null && (_old is null || _oldLength != _position))
        {
            StartTemporary();
        }

        _old?.Dispose();
        _old = null;
        if (_temporary is null)
        {
            return null;
        }

        _temporary.Dispose();
        _temporary = null;
        return _temporaryPath;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var pending = _pending ?? throw new ObjectDisposedException(nameof(ChangedFileStream));
        if (_pendingCount + buffer.Length <= pending.Length)
        {
            buffer.CopyTo(pending.AsSpan(_pendingCount));
            _pendingCount += buffer.Length;
            return;
        }

        FlushPending();
        if (buffer.Length < pending.Length)
        {
            buffer.CopyTo(pending);
            _pendingCount = buffer.Length;
            return;
        }

        Process(buffer);
    }

    private void FlushPending()
    {
        if (_pendingCount > 0)
        {
            var count = _pendingCount;
            _pendingCount = 0;
            Process(_pending.AsSpan(0, count));
        }
    }

    /// <summary>Compares <paramref name="buffer"/> with the old file at the current position, or writes it to the temporary file once they differed.</summary>
    private void Process(ReadOnlySpan<byte> buffer)
    {
        if (_temporary is null && !SameAsOld(buffer))
        {
            StartTemporary();
        }

        if (_temporary is not null)
        {
            _temporary.Write(buffer);
        }

        _position += buffer.Length;
    }

    public override void WriteByte(byte value) => Write([value]);

    // Pending bytes stay until a chunk is full or the stream completes: a writer's flush is no reason to compare them early.
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (_pending is { } pending)
            {
                _pending = null;
                ArrayPool<byte>.Shared.Return(pending);
            }

            _old?.Dispose();
            _old = null;
            if (_temporary is not null)
            {
                // Not completed (the writer failed): no half-written file is left behind.
                _temporary.Dispose();
                _temporary = null;
                File.Delete(_temporaryPath!);
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>True when the old file holds <paramref name="buffer"/> at the current position.</summary>
    private bool SameAsOld(ReadOnlySpan<byte> buffer)
    {
        if (_old is null || _position + buffer.Length > _oldLength)
        {
            return false;
        }

        var chunk = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length, ChunkSize));
        try
        {
            var offset = 0;
            while (offset < buffer.Length)
            {
                var length = Math.Min(chunk.Length, buffer.Length - offset);
                var read = RandomAccess.Read(_old, chunk.AsSpan(0, length), _position + offset);
                if (read != length || !chunk.AsSpan(0, length).SequenceEqual(buffer.Slice(offset, length)))
                {
                    return false;
                }

                offset += length;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Opens the temporary file and copies into it the beginning the old file shares with the new content.</summary>
    private void StartTemporary()
    {
        _temporaryPath = _destination + ".tmp-" + Guid.NewGuid().ToString("N");
        _temporary = new FileStream(FileBytes.OpenForWrite(_temporaryPath), FileAccess.Write, bufferSize: ChunkSize);
        if (_position == 0)
        {
            return;
        }

        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            for (long copied = 0; copied < _position;)
            {
                var read = RandomAccess.Read(_old!, chunk.AsSpan(0, (int)Math.Min(chunk.Length, _position - copied)), copied);
                if (read <= 0)
                {
                    throw new IOException($"{_destination} changed while it was compared");
                }

                _temporary.Write(chunk, 0, read);
                copied += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
