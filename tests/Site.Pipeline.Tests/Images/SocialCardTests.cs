using System.Net;
using System.Net.Sockets;
using System.Text;
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
    public void A_heavy_logo_drawn_into_its_webp_is_drawn_on_its_card_too()
    {
        var heavy = Site.Pipeline.Tests.Logos.LogoProcessorTests.HeavySvg(300).Replace("<path ", "<path fill-opacity=\"1\" ", StringComparison.Ordinal); // bytes no other test draws
        using var site = new MiniSite(beforeLoad: temp => temp.WriteFile("input/assets/logos/linkerd.svg", heavy));
        var webp = Site.Pipeline.Logos.LogoProcessor.Process(Encoding.UTF8.GetBytes(heavy), ".svg", out _);

        using var png = new MemoryStream();
        site.Model.SocialCards.All.Single(c => c.Title == "Linkerd").WritePng(png);
        using var card = SKBitmap.Decode(png.ToArray());

        Assert.True(webp!.Rasterized);
        var panel = Enumerable.Range(120, 240).SelectMany(x => new[] { card.GetPixel(x, 300), card.GetPixel(x, 330) });
        Assert.Contains(panel, p => p != SKColors.White && p.Red != p.Green); // coloured shapes on the white panel
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

    [Fact]
    public void The_thread_that_asks_for_a_card_first_draws_what_is_not_drawn_yet()
    {
        using var site = new MiniSite(beforeLoad: temp => temp.WriteFile("input/assets/logos/linkerd.svg", Logo));
        using var previous = new TempFolder();
        var drawing = SocialCardDrawing.Of(site.Content, previous.Path, background: false); // nothing drawn ahead

        foreach (var card in site.Model.SocialCards.All)
        {
            using var whenWritten = new MemoryStream();
            card.WritePng(whenWritten);
            Assert.Equal(whenWritten.ToArray(), drawing.Png(card));
        }
    }

    [Fact]
    public void A_card_draws_the_cleaned_logo_so_what_the_logo_file_points_at_outside_itself_is_never_fetched_or_drawn()
    {
        // A logo comes from a pull request like any content. Drawn as it was written, its <image> elements made the
        // build fetch any URL (the request reached this listener) and embed any image file the build can read.
        using var server = new CountingImageServer(SKColors.Red);
        using var folder = new TempFolder();
        var secret = folder.Combine("secret.png");
        File.WriteAllBytes(secret, CountingImageServer.Png(SKColors.Blue));
        var logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 100 100\">"
            + "<rect width=\"100\" height=\"10\" fill=\"#0a0\"/>"
            + $"<image x=\"0\" y=\"20\" width=\"50\" height=\"80\" xlink:href=\"{server.Url}logo.png\"/>"
            + $"<image x=\"50\" y=\"20\" width=\"50\" height=\"80\" href=\"{new Uri(secret).AbsoluteUri}\"/></svg>";
        using var site = new MiniSite(beforeLoad: temp => temp.WriteFile("input/assets/logos/linkerd.svg", logo));

        using var png = new MemoryStream();
        site.Model.SocialCards.All.Single(c => c.Title == "Linkerd").WritePng(png);
        using var bitmap = SKBitmap.Decode(png.ToArray());

        Assert.Equal(new SKColor(0, 0xaa, 0), bitmap.GetPixel(240, 200)); // the logo's own drawing is kept (its top band)
        Assert.Equal(SKColors.White, bitmap.GetPixel(170, 360)); // where the fetched image would be: the white panel
        Assert.Equal(SKColors.White, bitmap.GetPixel(310, 360)); // where the file's image would be
        Assert.Equal(0, server.Requests);
    }

    /// <summary>A loopback HTTP server answering every request with a one-colour PNG, counting the requests.</summary>
    private sealed class CountingImageServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly byte[] _png;
        private int _requests;

        public CountingImageServer(SKColor color)
        {
            _png = Png(color);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

        public int Requests => Volatile.Read(ref _requests);

        public static byte[] Png(SKColor color)
        {
            using var bitmap = new SKBitmap(8, 8);
            bitmap.Erase(color);
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }

        public void Dispose() => _listener.Stop();

        private async Task ServeAsync()
        {
            try
            {
                while (true)
                {
                    using var client = await _listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref _requests);
                    var stream = client.GetStream();
                    var buffer = new byte[4096];
                    _ = await stream.ReadAsync(buffer);
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {_png.Length}\r\nConnection: close\r\n\r\n"));
                    await stream.WriteAsync(_png);
                }
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or IOException)
            {
                // stopped
            }
        }
    }
}
