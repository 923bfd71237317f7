using Site.Content;
using Site.Pipeline.Build;
using Site.Pipeline.Engine;
using Site.Pipeline.Images;

namespace Site.Pipeline.Modules;

/// <summary>
/// Starts drawing the link-preview cards as soon as the content is loaded (<see cref="SocialCardDrawing"/>),
/// and hands the drawing on with the content document; <see cref="WriteSocialCards"/> takes the drawn cards.
/// </summary>
/// <param name="previousOutput">The output folder as the last build left it (read only): its cards are copied, not drawn.</param>
public sealed class StartSocialCards(string previousOutput) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        inputs.Select(document => document.TryGet<ContentSet>(Keys.Content, out var content)
            ? document.WithMetadata(Keys.SocialCardDrawing, SocialCardDrawing.Start(content, previousOutput))
            : document).ToList();
}
