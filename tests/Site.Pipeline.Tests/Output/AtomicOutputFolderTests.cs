using Site.Pipeline.Engine;
using Site.Pipeline.Output;

namespace Site.Pipeline.Tests.Output;

public class AtomicOutputFolderTests
{
    [Fact]
    public void Commit_replaces_the_previous_output_with_the_new_site()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("public");
        Build(output, ("index.html", "v1"), ("old/only.html", "gone soon"));

        Build(output, ("index.html", "v2"));

        Assert.Equal("v2", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "old", "only.html")));
        Assert.True(OwnershipMarker.IsPresentIn(output));
        Assert.Equal(["public"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_build_that_is_not_committed_leaves_the_previous_output_untouched()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("public");
        Build(output, ("index.html", "v1"));

        using (var failed = AtomicOutputFolder.Begin(output, []))
        {
            failed.Write("index.html", DocumentContent.FromText("half-built"));
        }

        Assert.Equal("v1", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["public"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Staging_left_by_a_crashed_build_is_cleaned_by_the_next_build_and_old_output_survives()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("public");
        Build(output, ("index.html", "v1"));

        // Simulate a crash: begin a build and never commit nor dispose it.
        var crashed = AtomicOutputFolder.Begin(output, []);
        crashed.Write("index.html", DocumentContent.FromText("partial"));
        Assert.Equal("v1", File.ReadAllText(Path.Combine(output, "index.html")));

        Build(output, ("index.html", "v2"));

        Assert.Equal("v2", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(crashed.StagingPath));
    }

    [Fact]
    public void A_crash_between_the_two_renames_is_repaired_by_restoring_the_previous_site()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("public");
        Build(output, ("index.html", "v1"));
        Directory.Move(output, temp.Combine(".public.previous-0123"));

        using (var next = AtomicOutputFolder.Begin(output, []))
        {
            Assert.Equal("v1", File.ReadAllText(Path.Combine(output, "index.html")));
        }

        Assert.Equal("v1", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Unmarked_siblings_that_look_like_leftovers_are_never_deleted()
    {
        using var temp = new TempFolder();
        var lookalike = temp.WriteFile(".public.staging-1-abc/keep.txt", "not ours");

        Build(temp.Combine("public"), ("index.html", "v1"));

        Assert.Equal("not ours", File.ReadAllText(lookalike));
    }

    [Fact]
    public void Paths_escaping_the_output_folder_are_refused()
    {
        using var temp = new TempFolder();
        using var output = AtomicOutputFolder.Begin(temp.Combine("public"), []);

        Assert.Throws<ArgumentException>(() => output.Write("../evil.txt", DocumentContent.FromText("x")));
        Assert.Throws<ArgumentException>(() => output.Write("/etc/evil.txt", DocumentContent.FromText("x")));
        Assert.Throws<ArgumentException>(() => output.Write("a/../../evil.txt", DocumentContent.FromText("x")));
        Assert.Throws<ArgumentException>(() => output.Write("a//b.txt", DocumentContent.FromText("x")));
        Assert.False(File.Exists(temp.Combine("evil.txt")));
    }

    [Fact]
    public void An_empty_folder_created_by_the_user_is_replaced()
    {
        using var temp = new TempFolder();
        var output = Directory.CreateDirectory(temp.Combine("public")).FullName;

        Build(output, ("index.html", "v1"));

        Assert.Equal("v1", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Begin_refuses_a_foreign_folder_before_creating_anything()
    {
        using var temp = new TempFolder();
        temp.WriteFile("public/notes.txt", "mine");

        Assert.Throws<OutputFolderException>(() => AtomicOutputFolder.Begin(temp.Combine("public"), []));
        Assert.Equal(["public"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    private static void Build(string output, params (string Path, string Text)[] files)
    {
        using var folder = AtomicOutputFolder.Begin(output, []);
        foreach (var (path, text) in files)
        {
            folder.Write(path, DocumentContent.FromText(text));
        }

        folder.Commit();
    }
}
