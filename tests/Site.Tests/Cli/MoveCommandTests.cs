using System.Text.Json;

namespace Site.Tests.Cli;

/// <summary>
/// <c>move</c> on a copy of the repository's sample site: renaming a glossary term leaves zero broken
/// links in both languages and every translation as current as it was.
/// </summary>
public sealed class MoveCommandTests
{
    [Fact]
    public async Task Renaming_a_term_leaves_no_broken_link_and_current_translations()
    {
        using var copy = new TempFolder();
        SampleCopy.Write(copy.Path);
        var input = copy.Combine("input");
        var before = await OutdatedAsync(copy);

        var (code, output, errors) = await CliRun.RunAsync(["move", "glossary/service-mesh.md", "glossary/service-meshes.md", "--input", input]);

        Assert.True(code == 0, errors);
        Assert.Contains("glossary/service-mesh.md → ", output, StringComparison.Ordinal);
        Assert.Contains("/glossary/service-mesh/ is now /glossary/service-meshes/", output, StringComparison.Ordinal);
        Assert.True(File.Exists(copy.Combine("input", "zh", "glossary", "service-meshes.md")));
        Assert.Contains("aliases: [/glossary/service-mesh/]", await File.ReadAllTextAsync(copy.Combine("input", "en", "glossary", "service-meshes.md")), StringComparison.Ordinal);

        var check = await CliRun.RunAsync(["check", .. Args(copy)]);
        Assert.True(check.Code == 0, check.Err);
        Assert.Contains("0 errors, 0 warnings", check.Out, StringComparison.Ordinal);
        Assert.Equal(before, await OutdatedAsync(copy));
    }

    [Fact]
    public async Task Dry_run_prints_the_plan_and_writes_nothing()
    {
        using var copy = new TempFolder();
        SampleCopy.Write(copy.Path);
        var mesh = copy.Combine("input", "en", "glossary", "service-mesh.md");
        var text = await File.ReadAllTextAsync(mesh);

        var (code, output, _) = await CliRun.RunAsync(["move", "/glossary/service-mesh/", "glossary/service-meshes.md", "--input", copy.Combine("input"), "--dry-run"]);

        Assert.Equal(0, code);
        Assert.Contains("would move", output, StringComparison.Ordinal);
        Assert.Contains("would update", output, StringComparison.Ordinal);
        Assert.Equal(text, await File.ReadAllTextAsync(mesh));
        Assert.False(File.Exists(copy.Combine("input", "en", "glossary", "service-meshes.md")));
    }

    [Fact]
    public async Task An_impossible_move_exits_1_with_the_reason()
    {
        using var copy = new TempFolder();
        SampleCopy.Write(copy.Path);

        var (code, _, errors) = await CliRun.RunAsync(["move", "glossary/service-mesh.md", "glossary/sidecar.md", "--input", copy.Combine("input")]);

        Assert.Equal(1, code);
        Assert.Contains("error: glossary/sidecar.md: en/glossary/sidecar.md exists already", errors, StringComparison.Ordinal);
    }

    private static string[] Args(TempFolder copy) =>
        ["--input", copy.Combine("input"), "--theme", Path.Combine(Site.TestSupport.RepositoryRoot.Path, "themes", "default"), "--translations", copy.Combine("translations")];

    private static async Task<int> OutdatedAsync(TempFolder copy)
    {
        var (code, output, errors) = await CliRun.RunAsync(["status", "--json", "--no-diff", "--input", copy.Combine("input"), "--translations", copy.Combine("translations")]);
        Assert.True(code == 0, errors);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("languages").EnumerateArray().Sum(l => l.GetProperty("outdated").GetInt32());
    }
}

/// <summary>A copy of the repository's sample <c>input/</c> and <c>translations/</c>, for commands that change files.</summary>
internal static class SampleCopy
{
    public static void Write(string folder)
    {
        var root = Site.TestSupport.RepositoryRoot.Path;
        foreach (var name in new[] { "input", "translations" })
        {
            var from = Path.Combine(root, name);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(folder, name, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }
    }
}
