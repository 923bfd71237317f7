using System.Text;
using Site.Content.Logos;

namespace Site.Content.Tests.Logos;

public sealed class SvgSanitizerTests
{
    private static SvgCleanResult Clean(string svg) => SvgSanitizer.Clean(Encoding.UTF8.GetBytes(svg));

    [Fact]
    public void Script_event_handlers_and_external_references_are_taken_out_and_the_drawing_stays()
    {
        var result = Clean("""
            <?xml version="1.0"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" onload="alert(1)">
              <script>alert(document.cookie)</script>
              <style>@import url(https://evil.example/x.css); .a { fill: url(https://evil.example/p.svg#g); } .b { fill: url(#grad); }</style>
              <defs><linearGradient id="grad"><stop offset="0" stop-color="#000"/></linearGradient></defs>
              <a href="javascript:alert(3)"><rect class="a" width="10" height="10" onclick="alert(4)"/></a>
              <use xlink:href="https://evil.example/sprite.svg#icon"/>
              <use href="#grad"/>
              <image href="https://evil.example/tracker.png" width="1" height="1"/>
              <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
              <foreignObject><div xmlns="http://www.w3.org/1999/xhtml" onmouseover="alert(5)">x</div></foreignObject>
              <animate attributeName="href" to="javascript:alert(6)"/>
              <circle cx="5" cy="5" r="4" style="fill: url('https://evil.example/f'); stroke: red" filter="url(http://evil.example/#f)"/>
            </svg>
            """);

        Assert.False(result.IsRefused);
        var svg = result.Svg!;
        foreach (var bad in new[] { "script", "alert", "onload", "onclick", "onmouseover", "evil.example", "javascript", "foreignObject", "animate", "@import" })
        {
            Assert.DoesNotContain(bad, svg, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("<rect", svg, StringComparison.Ordinal);            // the link was unwrapped, its shape kept
        Assert.Contains("url(#grad)", svg, StringComparison.Ordinal);        // local references stay
        Assert.Contains("href=\"#grad\"", svg, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", svg, StringComparison.Ordinal);
        Assert.Contains("stroke: red", svg, StringComparison.Ordinal);
        Assert.Equal((100d, 50d), (result.Width, result.Height));
        Assert.Equal(1, result.Removed["script element"]);
        Assert.Equal(2, result.Removed["event handler attribute"]); // the third sat inside foreignObject, removed whole
    }

    [Theory]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg'><rect", "not well-formed XML")]
    [InlineData("<html><body/></html>", "its root element is <html>")]
    [InlineData("<svg><rect width='1' height='1'/></svg>", "without the SVG namespace")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "nothing is left to draw")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg'><foreignObject><p>hi</p></foreignObject></svg>", "nothing is left to draw")]
    public void An_svg_that_cannot_be_cleaned_is_refused_with_the_reason(string svg, string reason)
    {
        var result = Clean(svg);
        Assert.True(result.IsRefused);
        Assert.Contains(reason, result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void External_entities_are_never_read_and_an_entity_bomb_is_refused()
    {
        using var folder = new TempFolder();
        var secret = folder.WriteFile("secret.txt", "TOP-SECRET");
        var xxe = Clean($"""
            <!DOCTYPE svg [<!ENTITY x SYSTEM "file://{secret}">]>
            <svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text><rect width="1" height="1"/></svg>
            """);
        Assert.DoesNotContain("TOP-SECRET", xxe.Svg ?? string.Empty, StringComparison.Ordinal);

        var lol = "<!DOCTYPE svg [<!ENTITY a \"" + new string('a', 100) + "\">"
            + string.Concat(Enumerable.Range(1, 8).Select(i => $"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">"))
            + "]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&i;</text><rect width=\"1\" height=\"1\"/></svg>";
        var bomb = Clean(lol);
        Assert.True(bomb.IsRefused);
    }

    [Fact]
    public void Illustrator_namespace_entities_are_expanded_and_its_data_dropped()
    {
        var result = Clean("""
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">]>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:x="&ns_extend;" width="40px" height="20px">
              <switch><foreignObject requiredExtensions="&ns_extend;"><x:pgf>huge</x:pgf></foreignObject><g><path d="M0 0h40v20H0z"/></g></switch>
            </svg>
            """);
        Assert.False(result.IsRefused);
        Assert.DoesNotContain("adobe", result.Svg!, StringComparison.Ordinal);
        Assert.DoesNotContain("huge", result.Svg!, StringComparison.Ordinal);
        Assert.Equal((40d, 20d), (result.Width, result.Height));
    }

    [SharedDataFact]
    public void Every_logo_of_the_landscape_is_cleaned_none_refused_none_keeping_a_script_or_remote_reference()
    {
        var folder = SharedData.LogosFolder;
        var files = Directory.GetFiles(folder, "*.svg");
        Assert.Equal(253, files.Length);
        foreach (var file in files)
        {
            var result = SvgSanitizer.Clean(File.ReadAllBytes(file));
            Assert.False(result.IsRefused, $"{Path.GetFileName(file)}: {result.Refusal}");
            Assert.DoesNotMatch(@"<script|\son[a-z]+=|href=""(https?:|javascript:)|url\((['""]?)https?:|<foreignObject", result.Svg!);
            Assert.NotNull(result.Width);
        }
    }
}
