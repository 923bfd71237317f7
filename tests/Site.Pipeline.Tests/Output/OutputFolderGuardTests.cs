using Site.Pipeline.Output;

namespace Site.Pipeline.Tests.Output;

public class OutputFolderGuardTests
{
    [Fact]
    public void A_new_folder_next_to_the_input_is_accepted()
    {
        using var temp = new TempFolder();
        var input = Directory.CreateDirectory(temp.Combine("input")).FullName;

        OutputFolderGuard.EnsureSafe(temp.Combine("output"), [input]);
    }

    [Fact]
    public void The_input_folder_itself_is_refused()
    {
        using var temp = new TempFolder();
        var input = Directory.CreateDirectory(temp.Combine("input")).FullName;

        var error = Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe(input + "/", [input]));
        Assert.Contains("is the source folder", error.Message);
    }

    [Fact]
    public void A_folder_containing_the_input_is_refused()
    {
        using var temp = new TempFolder();
        var input = Directory.CreateDirectory(temp.Combine("site", "input")).FullName;

        var error = Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe(temp.Combine("site"), [input]));
        Assert.Contains("contains the source folder", error.Message);
    }

    [Fact]
    public void A_folder_inside_the_input_is_refused_even_through_dot_dot()
    {
        using var temp = new TempFolder();
        var input = Directory.CreateDirectory(temp.Combine("input")).FullName;

        var error = Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe(temp.Combine("other", "..", "input", "public"), [input]));
        Assert.Contains("inside the source folder", error.Message);
    }

    [Fact]
    public void A_symbolic_link_to_the_input_is_refused()
    {
        using var temp = new TempFolder();
        var input = Directory.CreateDirectory(temp.Combine("input")).FullName;
        var link = temp.Combine("link");
        Directory.CreateSymbolicLink(link, input);

        Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe(link, [input]));
        Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe(Path.Combine(link, "out"), [input]));
    }

    [Fact]
    public void The_filesystem_root_home_and_current_directory_are_refused()
    {
        Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe("/", []));
        Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), []));
        Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe(Environment.CurrentDirectory, []));
        Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe(Path.GetDirectoryName(Environment.CurrentDirectory)!, []));
    }

    [Fact]
    public void A_repository_root_is_refused()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("repo", ".git"));
        File.WriteAllText(temp.Combine("repo", OwnershipMarker.FileName), "");

        var error = Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe(temp.Combine("repo"), []));
        Assert.Contains("git", error.Message);
    }

    [Fact]
    public void A_non_empty_folder_without_marker_is_refused_and_left_alone()
    {
        using var temp = new TempFolder();
        var precious = temp.WriteFile("docs/thesis.tex", "years of work");

        var error = Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe(temp.Combine("docs"), []));
        Assert.Contains(OwnershipMarker.FileName, error.Message);
        Assert.Equal("years of work", File.ReadAllText(precious));
    }

    [Fact]
    public void An_empty_folder_or_a_marked_folder_is_accepted()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("empty"));
        temp.WriteFile("ours/index.html", "old");
        temp.WriteFile($"ours/{OwnershipMarker.FileName}", "");

        OutputFolderGuard.EnsureSafe(temp.Combine("empty"), []);
        OutputFolderGuard.EnsureSafe(temp.Combine("ours"), []);
    }

    [Fact]
    public void A_file_is_refused()
    {
        using var temp = new TempFolder();
        var file = temp.WriteFile("out", "x");

        Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe(file, []));
    }
}
