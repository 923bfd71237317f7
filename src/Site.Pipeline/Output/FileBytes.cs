using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Site.Pipeline.Output;

/// <summary>Low-level file writes: one encode into a pooled buffer and one system call per file, no stream buffering layers.</summary>
internal static class FileBytes
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The UTF-8 bytes of <paramref name="text"/> in a pooled array; return it with <see cref="ArrayPool{T}.Return"/>.</summary>
    public static byte[] RentUtf8(string text, out int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8NoBom.GetMaxByteCount(text.Length));
        length = Utf8NoBom.GetBytes(text, buffer);
        return buffer;
    }

    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using SafeFileHandle handle = OpenForWrite(path);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>
    /// Output files are almost always new (a fresh staging folder, a temporary file): CreateNew
    /// spares the ftruncate, lseek and fstatfs that FileMode.Create costs per file on Unix. An
    /// existing file (two outputs with one name, reported by the destination check) is replaced.
    /// No preallocation size either: it costs an fallocate per file written in one call anyway.
    /// </summary>
    public static SafeFileHandle OpenForWrite(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        }
    }

    public static void WriteText(string path, string text)
    {
        var buffer = RentUtf8(text, out var length);
        try
        {
            Write(path, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>True when <paramref name="path"/> exists and holds exactly <paramref name="bytes"/>.</summary>
    public static bool HasContent(string path, ReadOnlySpan<byte> bytes)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }

        using (handle)
        {
            if (RandomAccess.GetLength(handle) != bytes.Length)
            {
                return false;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, 1 << 20));
            try
            {
                long offset = 0;
                while (offset < bytes.Length)
                {
                    var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, bytes.Length - offset)), offset);
                    if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.Slice((int)offset, read)))
                    {
                        return false;
                    }

                    offset += read;
                }

                return true;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
