using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Site.Pipeline.Rendering;

/// <summary>
/// Where <see cref="PageRenderer.RenderUtf8"/> has the base layout write a page: a builder kept from
/// page to page, encoded to UTF-8 once the page is done. Scriban's own output ends every render with
/// a string of the whole page, which the writer then encoded; a large build made 21,600 of them
/// (0.9 GB of short-lived strings). <see cref="ToString"/> is empty: it is what
/// <see cref="Scriban.Template.Render(Scriban.TemplateContext)"/> returns, and nobody reads it.
/// Not thread-safe: one per renderer.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    /// <summary>A builder grown past this by an outsized page is dropped rather than kept for the rest of the build.</summary>
    private const int MaxKeptCapacity = 1 << 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private StringBuilder _builder = new(64 * 1024);

    public int Length => _builder.Length;

    public void Write(string text, int offset, int count) => _builder.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Clear() => _builder.Clear();

    /// <summary>The text written since <see cref="Clear"/>, as UTF-8 (lone surrogates become U+FFFD, as when a string is written to a file).</summary>
    public byte[] ToUtf8()
    {
        // One encoder across the chunks, so that a surrogate pair split between two of them is encoded as one
        // character (Encoder.GetByteCount does not carry that state over, hence no counting pass first).
        var encoder = Utf8.GetEncoder();
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(_builder.Length));
        try
        {
            var written = 0;
            foreach (var chunk in _builder.GetChunks())
            {
                written += encoder.GetBytes(chunk.Span, buffer.AsSpan(written), flush: false);
            }

            written += encoder.GetBytes([], buffer.AsSpan(written), flush: true);
            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Empties the builder, and lets an outsized one go.</summary>
    public void Release()
    {
        if (_builder.Capacity > MaxKeptCapacity)
        {
            _builder = new StringBuilder(64 * 1024);
        }
        else
        {
            _builder.Clear();
        }
    }

    public override string ToString() => string.Empty;
}
