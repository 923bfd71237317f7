using Site.Content;

namespace Site.Pipeline.Images;

/// <summary>
/// The link-preview cards of a one-shot build, drawn on a background thread from the moment the content is
/// loaded. Drawn when written, they were the last thing a build did: about a second of two cores at its
/// end on the 21,600-page benchmark site, while the markdown step, early on, leaves a core idle for
/// seconds (collections, grammars one thread holds). Cards depend on the content only (titles, logos,
/// fonts), not on the model, so they can start that early.
/// </summary>
public sealed class SocialCardDrawing
{
    private readonly Task<Dictionary<string, byte[]>> _drawn;

    private SocialCardDrawing(Task<Dictionary<string, byte[]>> drawn) => _drawn = drawn;

    /// <summary>
    /// Starts drawing every card of <paramref name="content"/> that <paramref name="previousOutput"/> does not
    /// already hold (a card's file name is the hash of its picture, so such a file is copied instead).
    /// </summary>
    public static SocialCardDrawing Start(ContentSet content, string previousOutput) =>
        // A thread of its own, not one of the pool's: the markdown step's parallel loop is waiting for those.
        new(Task.Factory.StartNew(() =>
        {
            var drawn = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var card in SocialCardSet.For(content).All)
            {
                if (!File.Exists(Path.Combine(previousOutput, card.File)))
                {
                    using var png = new MemoryStream();
                    card.WritePng(png);
                    drawn[card.Hash] = png.ToArray();
                }
            }

            return drawn;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    /// <summary>The card's PNG when it was drawn ahead (waiting for the drawing to finish), else null.</summary>
    public byte[]? Png(SocialCard card) => _drawn.GetAwaiter().GetResult().GetValueOrDefault(card.Hash);
}
