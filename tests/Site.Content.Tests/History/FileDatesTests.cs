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
