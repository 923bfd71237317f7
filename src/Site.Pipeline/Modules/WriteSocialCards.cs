using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Model;

namespace Site.Pipeline.Modules;

/// <summary>
/// One document per link-preview card of the site (<see cref="Images.SocialCardSet"/>). A card's file
/// name is the hash of what it shows, so when the previous build's output already has that file it is
/// copied rather than drawn again; only new or changed cards are drawn (SkiaSharp): in a one-shot build,
/// since the content loaded (<see cref="StartSocialCards"/>); in a session, when written.
/// </summary>
/// <param name="contentPipeline">The pipeline whose document may carry the cards drawn ahead (<see cref="Keys.SocialCardDrawing"/>).</param>
/// <param name="previousOutput">The published output folder (read only: the build writes a staging copy, or this folder in place when serving).</param>
public sealed class WriteSocialCards(string modelPipeline, string contentPipeline, string previousOutput) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var model = Shared.Find<SiteModel>(context, modelPipeline, Keys.Model);
        if (model is null)
        {
            return [];
        }

        var drawing = Shared.Find<Images.SocialCardDrawing>(context, contentPipeline, Keys.SocialCardDrawing);
        return model.SocialCards.All.Select(card => DocumentOf(card, previousOutput, drawing)).ToList();
    }

    /// <summary>
    /// The card's file: the previous output's copy when it has one (same name, same picture), else the picture
    /// drawn ahead, else drawn when written.
    /// </summary>
    internal static Document DocumentOf(Images.SocialCard card, string previousOutput, Images.SocialCardDrawing? drawing = null)
    {
        var previous = Path.Combine(previousOutput, card.File);
        var content = File.Exists(previous) ? DocumentContent.FromFile(previous)
            : drawing?.Png(card) is { } png ? DocumentContent.FromOwnedBytes(png)
            : DocumentContent.FromWriter(card.WritePng);
        return new Document(null, card.File, content);
    }
}
