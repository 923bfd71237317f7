using SkiaSharp;
using Site.Pipeline.Images;
using Site.Pipeline.Modules;
using Site.Pipeline.Tests.Model;

namespace Site.Pipeline.Tests.Images;

public sealed class SocialCardTests
{
    private const string Logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" fill=\"#c00\"/></svg>";

    [Fact]
    public void A_card_is_a_1200_by_630_png_drawn_with_the_project_logo()
    {
        using var site = new MiniSite(beforeLoad: temp => temp.WriteFile("input/assets/logos/linkerd.svg", Logo));
        var card = site.Model.SocialCards.All.Single(c => c.Title == "Linkerd");

        using var png = new MemoryStream();
        card.WritePng(png);
        using var bitmap = SKBitmap.Decode(png.ToArray());

        Assert.Equal(SocialCard.Width, bitmap.Width);
        Assert.Equal(SocialCard.Height, bitmap.Height);
        Assert.NotNull(card.LogoPath);
        Assert.Equal(new SKColor(0xcc, 0, 0), bitmap.GetPixel(240, 315)); // the logo's red, in its panel
    }

    [Fact]
    public void The_file_name_changes_with_what_is_drawn_and_only_then()
    {
        using var a = new MiniSite(beforeLoad: temp => temp.WriteFile("input/assets/logos/linkerd.svg", Logo));
        using var b = new MiniSite(beforeLoad: temp => temp.WriteFile("input/assets/logos/linkerd.svg", Logo));
        using var c = new MiniSite(beforeLoad: temp => temp.WriteFile("input/assets/logos/linkerd.svg", Logo.Replace("#c00", "#00c", StringComparison.Ordinal)));

        string Hash(MiniSite s) => s.Model.SocialCards.All.Single(x => x.Title == "Linkerd").Hash;

        Assert.Equal(Hash(a), Hash(b));
        Assert.NotEqual(Hash(a), Hash(c));
        Assert.Equal(a.Model.SocialCards.For(null, "en").Hash, c.Model.SocialCards.For(null, "en").Hash);
    }

    [Fact]
    public void A_rebuild_copies_cards_the_last_output_has_and_draws_only_new_ones()
    {
        using var site = new MiniSite();
        using var previous = new TempFolder();
        var cards = site.Model.SocialCards.All;
        var kept = cards[0];
        previous.WriteFile(kept.File, "drawn by the last build");

        var documents = cards.Select(c => WriteSocialCards.DocumentOf(c, previous.Path)).ToList();

        Assert.Equal(cards.Count, documents.Count);
        Assert.Equal(Path.GetFullPath(previous.Combine(kept.File.Split('/'))), documents.Single(d => d.Destination == kept.File).Content.FilePath);
        Assert.All(documents.Where(d => d.Destination != kept.File), d => Assert.Null(d.Content.FilePath));
    }

    [Fact]
    public void Cards_drawn_ahead_are_the_pictures_drawn_when_written_and_leave_out_what_the_last_output_has()
    {
        using var site = new MiniSite(beforeLoad: temp => temp.WriteFile("input/assets/logos/linkerd.svg", Logo));
        using var previous = new TempFolder();
        var cards = site.Model.SocialCards.All;
        var kept = cards.Single(c => c.Title == "Linkerd");
        previous.WriteFile(kept.File, "drawn by the last build");

        var drawing = SocialCardDrawing.Start(site.Content, previous.Path);

        Assert.Same(site.Model.SocialCards, SocialCardSet.For(site.Content)); // made once per content, logos read once

        Assert.Null(drawing.Png(kept));
        Assert.True(cards.Count > 1);
        foreach (var card in cards.Where(c => c != kept))
        {
            using var whenWritten = new MemoryStream();
            card.WritePng(whenWritten);
            Assert.Equal(whenWritten.ToArray(), drawing.Png(card));
            var document = WriteSocialCards.DocumentOf(card, previous.Path, drawing);
            Assert.Null(document.Content.FilePath);
            Assert.Equal(whenWritten.ToArray(), document.Content.GetBytes());
        }

        Assert.NotNull(WriteSocialCards.DocumentOf(kept, previous.Path, drawing).Content.FilePath);
    }
}
