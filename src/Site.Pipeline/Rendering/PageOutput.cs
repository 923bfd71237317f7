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

    private byte[] _utf8 = new byte[256 * 1024];

    public int Length => _builder.Length;

    public void Write(string text, int offset, int count) => _builder.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Clear() => _builder.Clear();

    /// <summary>
    /// The text written since <see cref="Clear"/>, as UTF-8 (lone surrogates become U+FFFD, as when a string is written
    /// to a file), in a buffer this output keeps: valid until the next call. Pages are written straight from it, so a
    /// build allocates no array per page (a large benchmark build allocated 6.0 GiB before, 5.5 GiB after).
    /// </summary>
    public ReadOnlyMemory<byte> EncodeUtf8()
    {
        var needed = Utf8.GetMaxByteCount(_builder.Length);
        if (_utf8.Length < needed)
        {
            _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
        }

        // One encoder across the chunks, so that a surrogate pair split between two of them is encoded as one
        // character (Encoder.GetByteCount does not carry that state over, hence no counting pass first).
        var encoder = Utf8.GetEncoder();
        var written = 0;
        foreach (var chunk in _builder.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, _utf8.AsSpan(written), flush: false);
        }

        written += encoder.GetBytes([], _utf8.AsSpan(written), flush: true);
        return _utf8.AsMemory(0, written);
    }

    /// <summary>Empties the builder, and lets an outsized builder or buffer go (the last encoding stays readable: it holds its array).</summary>
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

        if (_utf8.Length > 3 * MaxKeptCapacity)
        {
            _utf8 = new byte[256 * 1024];
        }
    }

    public override string ToString() => string.Empty;
}
