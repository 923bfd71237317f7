using Site.Content.History;
using Site.TestSupport;

namespace Site.Content.Tests.History;

public sealed class FileDatesTests
{
    private static readonly DateTimeOffset First = new(2024, 1, 31, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Second = new(2025, 6, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Each_file_gets_the_date_of_the_newest_commit_that_changed_it()
    {
        using var repo = new TempGitRepository();
        var a = repo.WriteFile("input/en/a.md", "a");
        var b = repo.WriteFile("input/en/blog/b b.md", "b");
        var zh = repo.WriteFile("input/zh/中文.md", "中");
        repo.Commit("first", First);
        repo.WriteFile("input/en/a.md", "a, edited");
        repo.WriteFile("outside.txt", "not in the input folder");
        repo.Commit("second", Second);

        var dates = FileDates.Read(Path.Combine(repo.Path, "input"));

        Assert.Null(dates.Unavailable);
        Assert.Equal(Second, dates.LastChanged(a));
        Assert.Equal(First, dates.LastChanged(b));
        Assert.Equal(First, dates.LastChanged(zh));
        Assert.Null(dates.LastChanged(Path.Combine(repo.Path, "outside.txt")));
        Assert.Equal(3, dates.Count);
        Assert.True(dates.EditedSinceAdded(a));
        Assert.False(dates.EditedSinceAdded(b));
    }

    [Fact]
    public void Commits_within_a_day_of_the_one_that_added_a_file_are_not_an_edit_since_it_was_added()
    {
        // Falco's and KubeEdge's imports: the posts were committed as copied, then mended the same day as `check` said,
        // and every post of 2019 read "Last updated" with the import's date.
        using var repo = new TempGitRepository();
        var post = repo.WriteFile("input/en/blog/2019/a.md", "as imported");
        repo.Commit("import", First);
        repo.WriteFile("input/en/blog/2019/a.md", "mended");
        repo.Commit("round 1", First.AddHours(3));

        var dates = FileDates.Read(Path.Combine(repo.Path, "input"));

        Assert.False(dates.EditedSinceAdded(post));
        Assert.Equal(First.AddHours(3), dates.LastChanged(post));

        repo.WriteFile("input/en/blog/2019/a.md", "revised a month on");
        repo.Commit("revision", First.AddDays(30));
        Assert.True(FileDates.Read(Path.Combine(repo.Path, "input")).EditedSinceAdded(post));
    }

    [Fact]
    public void Commits_listed_in_git_blame_ignore_revs_are_left_out_of_the_dates()
    {
        // The convention git blame reads (and GitHub's blame view): a mass edit, such as links rewritten by `site move`
        // in two hundred posts, is no update of each of them.
        using var repo = new TempGitRepository();
        var post = repo.WriteFile("input/en/blog/a.md", "a");
        var other = repo.WriteFile("input/en/blog/b.md", "b");
        repo.Commit("first", First);
        repo.WriteFile("input/en/blog/a.md", "a, links rewritten");
        repo.WriteFile("input/en/blog/b.md", "b, links rewritten");
        repo.Commit("mass rewrite", Second);
        var rewrite = repo.Git("rev-parse", "HEAD").Trim();
        repo.WriteFile(".git-blame-ignore-revs", $"# link rewrites of site move\n{rewrite}\n");
        repo.WriteFile("input/en/blog/b.md", "b, revised");
        repo.Commit("revision of b", Second.AddDays(40));

        var dates = FileDates.Read(Path.Combine(repo.Path, "input"));

        Assert.Equal(First, dates.LastChanged(post));
        Assert.False(dates.EditedSinceAdded(post));
        Assert.Equal(Second.AddDays(40), dates.LastChanged(other));
        Assert.True(dates.EditedSinceAdded(other));
    }

    [Fact]
    public void A_file_not_committed_yet_has_no_date()
    {
        using var repo = new TempGitRepository();
        repo.WriteFile("input/en/a.md", "a");
        repo.Commit("first", First);
        var fresh = repo.WriteFile("input/en/new.md", "new");

        Assert.Null(FileDates.Read(Path.Combine(repo.Path, "input")).LastChanged(fresh));
    }

    [Fact]
    public void Outside_a_repository_there_are_no_dates()
    {
        using var folder = new TempFolder();
        var file = folder.WriteFile("input/en/a.md", "a");

        var dates = FileDates.Read(folder.Combine("input"));

        Assert.NotNull(dates.Unavailable);
        Assert.Null(dates.LastChanged(file));
    }

    [Fact]
    public void A_shallow_clone_gives_no_dates_rather_than_wrong_ones()
    {
        using var repo = new TempGitRepository();
        repo.WriteFile("input/en/a.md", "a");
        repo.Commit("first", First);
        repo.WriteFile("input/en/b.md", "b");
        repo.Commit("second", Second);
        using var clone = new TempFolder();
        repo.Git("clone", "-q", "--depth", "1", "file://" + repo.Path, clone.Combine("c"));

        var dates = FileDates.Read(clone.Combine("c", "input"));

        Assert.Contains("shallow", dates.Unavailable);
        Assert.Null(dates.LastChanged(clone.Combine("c", "input", "en", "a.md")));
    }
}
