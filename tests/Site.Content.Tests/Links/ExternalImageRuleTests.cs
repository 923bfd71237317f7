using Site.Content.Links;

namespace Site.Content.Tests.Links;

/// <summary>An image from another host is told where to save the file, under a name the site serves as a picture.</summary>
public sealed class ExternalImageRuleTests
{
    private const string BaseUrl = "https://example.netlify.app/";

    private const string Said = "is loaded from another host, which the site does not do (it must work in mainland China, and the CSP blocks it):";

    [Fact]
    public void An_image_is_told_to_be_saved_under_its_own_name()
    {
        var url = "https://hackmd.io/_uploads/Byldjgnla.png";

        Assert.Equal(
            $"image {url} {Said} save the file under input/assets/ (for example input/assets/img/Byldjgnla.png) and write ![…](/assets/img/Byldjgnla.png)"
            + $"; if you cannot get the file, link to it instead, `[…]({url})` (without the `!`), and readers can still open it where it is",
            ExternalImageRule.Problem(url, BaseUrl));
    }

    [Fact]
    public void A_camo_image_is_told_to_be_saved_under_the_name_of_the_address_it_proxies()
    {
        // Falco's GSoC post: the last segment is https://falco.org/img/falco-diagram-blog-contribution.png in hexadecimal,
        // which was offered as the file's name, without an extension.
        var url = "https://camo.githubusercontent.com/562853badc6f94d276aba70e6ad7cd33ac523b5eac8a8e5c2a5aa2265680c831/"
            + "68747470733a2f2f66616c636f2e6f72672f696d672f66616c636f2d6469616772616d2d626c6f672d636f6e747269627574696f6e2e706e67";

        Assert.Equal(
            $"image {url} {Said} save the file under input/assets/ (for example input/assets/img/falco-diagram-blog-contribution.png)"
            + " and write ![…](/assets/img/falco-diagram-blog-contribution.png);"
            + " camo.githubusercontent.com is GitHub's image proxy, and the file is https://falco.org/img/falco-diagram-blog-contribution.png"
            + "; if you cannot get the file, link to it instead, `[…](https://falco.org/img/falco-diagram-blog-contribution.png)` (without the `!`), and readers can still open it where it is",
            ExternalImageRule.Problem(url, BaseUrl));
    }

    [Theory]
    [InlineData("https://avatars.githubusercontent.com/u/12345?v=4", "12345.png")]
    [InlineData("https://example.org/charts/", "image.png")]
    public void A_name_without_a_pictures_extension_is_given_one_and_told_to_change_it_to_the_files_format(string url, string name)
    {
        Assert.Equal(
            $"image {url} {Said} save the file under input/assets/ (for example input/assets/img/{name}) and write ![…](/assets/img/{name});"
            + " .png stands for the extension of the file's format: write .jpg, .gif, .svg or .webp instead if it is one of those"
            + $"; if you cannot get the file, link to it instead, `[…]({url})` (without the `!`), and readers can still open it where it is",
            ExternalImageRule.Problem(url, BaseUrl));
    }
}
