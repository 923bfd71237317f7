using Site.Pipeline.Logos;
using Site.Pipeline.Output;
using Site.Tests.Cli;

namespace Site.Tests.EndToEnd;

/// <summary>
/// <c>tools/image-cache.sh</c>, which the Netlify build uses to carry drawn logos and link-preview cards
/// from one deploy to the next: what it keeps, what it puts back, and that the next build takes the
/// images from it instead of drawing them.
/// </summary>
public sealed class ImageCacheScriptTests : IDisposable
{
    private const string Logo = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="#1f6feb"/></svg>""";

    private readonly SampleSite _site = new();

    public ImageCacheScriptTests() => _site.Write("input/assets/logos/linkerd.svg", Logo);

    public void Dispose() => _site.Dispose();

    private string Cache => Path.Combine(_site.Root, "cache", "site-images");

    [Fact]
    public void Save_keeps_only_the_logos_cards_and_marker_of_a_built_site()
    {
        Build();

        var saved = RunScript("save", _site.Output, Cache);

        Assert.True(saved.Code == 0, saved.Err);
        var kept = Files(Cache);
        Assert.Contains(OwnershipMarker.FileName, kept);
        Assert.Contains(kept, f => f.StartsWith("assets/og/", StringComparison.Ordinal) && f.EndsWith(".png", StringComparison.Ordinal));
        Assert.Contains(kept, f => f.StartsWith(LogoSet.OutputFolder + "linkerd.", StringComparison.Ordinal));
        Assert.All(kept, f => Assert.True(f == OwnershipMarker.FileName || f.StartsWith("assets/og/", StringComparison.Ordinal) || f.StartsWith(LogoSet.OutputFolder, StringComparison.Ordinal), f));
        Assert.Equal(Files(_site.Output).Where(f => f.StartsWith("assets/og/", StringComparison.Ordinal)), kept.Where(f => f.StartsWith("assets/og/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_build_after_restore_publishes_the_kept_images_instead_of_drawing_them_and_writes_every_page()
    {
        Build();
        var fresh = Files(_site.Output);
        Assert.True(RunScript("save", _site.Output, Cache).Code == 0);
        // Mark the kept copies so that a reused image can be told from a drawn one: another valid card's
        // bytes under the first card's name, and another valid SVG under the logo's name.
        var cards = Directory.GetFiles(Path.Combine(Cache, "assets", "og")).Order(StringComparer.Ordinal).ToArray();
        Assert.True(cards.Length >= 2, "the sample site has a card per project and language");
        File.Copy(cards[1], cards[0], overwrite: true);
        var logo = Directory.GetFiles(Path.Combine(Cache, LogoSet.OutputFolder)).Single();
        const string KeptLogo = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><!-- kept --><rect width="40" height="20"/></svg>""";
        File.WriteAllText(logo, KeptLogo);
        Directory.Delete(_site.Output, recursive: true);

        var restored = RunScript("restore", _site.Output, Cache);
        Assert.True(restored.Code == 0, restored.Err);
        Assert.Equal(Files(Cache), Files(_site.Output));
        Build();

        Assert.Equal(fresh, Files(_site.Output));
        Assert.Equal(File.ReadAllBytes(cards[1]), File.ReadAllBytes(Path.Combine(_site.Output, "assets", "og", Path.GetFileName(cards[0]))));
        Assert.Equal(KeptLogo, File.ReadAllText(Path.Combine(_site.Output, LogoSet.OutputFolder, Path.GetFileName(logo))));
    }

    [Fact]
    public void Restore_leaves_an_existing_output_folder_as_it_is()
    {
        Build();
        Assert.True(RunScript("save", _site.Output, Cache).Code == 0);
        var before = Files(_site.Output);

        var restored = RunScript("restore", _site.Output, Cache);

        Assert.Equal(0, restored.Code);
        Assert.Contains("reused as they are", restored.Out, StringComparison.Ordinal);
        Assert.Equal(before, Files(_site.Output));
    }

    [Fact]
    public void Restore_without_anything_kept_creates_no_output_folder()
    {
        var restored = RunScript("restore", _site.Output, Cache);

        Assert.Equal(0, restored.Code);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Save_refuses_to_replace_a_folder_it_did_not_make()
    {
        Build();
        Directory.CreateDirectory(Cache);
        File.WriteAllText(Path.Combine(Cache, "notes.txt"), "someone's file");

        var saved = RunScript("save", _site.Output, Cache);

        Assert.Equal(1, saved.Code);
        Assert.Contains("refusing to replace", saved.Err, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Files(Cache));
    }

    [Fact]
    public void Save_refuses_a_folder_that_is_not_a_built_site()
    {
        Directory.CreateDirectory(_site.Output);

        var saved = RunScript("save", _site.Output, Cache);

        Assert.Equal(1, saved.Code);
        Assert.Contains("is not a built site", saved.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Cache));
    }

    /// <summary>
    /// A build in a process of its own, as a deploy runs one: a build in this process would find the logos in the
    /// memory of an earlier one (<c>LogoSet</c> keeps them for a serve session) and never look at the output folder.
    /// </summary>
    private void Build()
    {
        var run = ChildProcess.Run("dotnet", [ChildProcess.TestedCli, "build", .. CliRun.SiteArgs(_site), "--output", _site.Output]);
        Assert.True(run.Code == 0, run.Err);
    }

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private (int Code, string Out, string Err) RunScript(params string[] args) =>
        ChildProcess.Run("bash", [Path.Combine(_site.RepositoryRoot, "tools", "image-cache.sh"), .. args]);
}
