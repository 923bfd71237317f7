using System.Runtime.ExceptionServices;
using Site.Content;

namespace Site.Pipeline.Images;

/// <summary>
/// The link-preview cards of a one-shot build, drawn on a background thread from the moment the content is
/// loaded. Drawn when written, they were the last thing a build did: about a second of two cores at its
/// end on the 21,600-page benchmark site, while the markdown step, early on, leaves a core idle for
/// seconds (collections, grammars one thread holds). Cards depend on the content only (titles, logos,
/// fonts), not on the model, so they can start that early.
/// </summary>
/// <remarks>
/// The first thread that asks for a card before the background thread is done draws the cards nobody has
/// taken yet beside it, rather than wait: on the sample site (255 project logos on their cards), the cards
/// outlasted everything else and the build waited for them with a core idle.
/// </remarks>
public sealed class SocialCardDrawing
{
    private readonly SocialCard[] _cards;
    private readonly byte[]?[] _pngs;
    private readonly Dictionary<string, int> _indexOf;
    private readonly CountdownEvent _pending;
    private int _next = -1;
    private ExceptionDispatchInfo? _failure;

    private SocialCardDrawing(SocialCard[] cards, bool background)
    {
        _cards = cards;
        _pngs = new byte[]?[cards.Length];
        _pending = new CountdownEvent(cards.Length);
        _indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cards.Length; i++)
        {
            _indexOf.TryAdd(cards[i].Hash, i);
        }

        if (background)
        {
            // A thread of its own, not one of the pool's: the markdown step's parallel loop is waiting for those.
            Task.Factory.StartNew(DrawUntaken, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Starts drawing every card of <paramref name="content"/> that <paramref name="previousOutput"/> does not
    /// already hold (a card's file name is the hash of its picture, so such a file is copied instead).
    /// </summary>
    public static SocialCardDrawing Start(ContentSet content, string previousOutput) => Of(content, previousOutput, background: true);

    /// <summary>The cards to draw, with no thread started when <paramref name="background"/> is false (tests: the asking thread draws them all).</summary>
    internal static SocialCardDrawing Of(ContentSet content, string previousOutput, bool background) =>
        new(SocialCardSet.For(content).All.Where(card => !File.Exists(Path.Combine(previousOutput, card.File))).DistinctBy(card => card.Hash).ToArray(), background);

    /// <summary>The card's PNG when it was drawn ahead (drawing what is left, then waiting for the cards other threads are drawing), else null.</summary>
    public byte[]? Png(SocialCard card)
    {
        DrawUntaken();
        _pending.Wait();
        _failure?.Throw();
        return _indexOf.TryGetValue(card.Hash, out var index) ? _pngs[index] : null;
    }

    private void DrawUntaken()
    {
        int index;
        while (Volatile.Read(ref _next) < _cards.Length && (index = Interlocked.Increment(ref _next)) < _cards.Length)
        {
            try
            {
                using var png = new MemoryStream();
                _cards[index].WritePng(png);
                _pngs[index] = png.ToArray();
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(ex), null);
            }
            finally
            {
                _pending.Signal();
            }
        }
    }
}
