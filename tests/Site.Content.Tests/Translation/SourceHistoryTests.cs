using System.Diagnostics;
using Site.Content.Text;
using Site.Content.Translation;

namespace Site.Content.Tests.Translation;

/// <summary>The source's changes since the revision a translation pinned, from a real git repository.</summary>
public sealed class SourceHistoryTests
{
    [Fact]
    public void DiffSincePinnedRevisionShowsTheEditedSentence()
    {
        using var site = new TestSite(TestSite.Minimal);
        var file = Path.Combine(site.Input, "en", "projects", "linkerd.md");
        if (!Git(site.Root, "init", "-q"))
        {
            return; // no git on this machine: nothing to diff against
        }

        Git(site.Root, "add", "-A");
        Git(site.Root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "v1");
        var pinned = SourceHash.ComputeForFile("x", File.ReadAllText(file))!;
        File.WriteAllText(file, File.ReadAllText(file).Replace("Linkerd is a mesh.", "Linkerd is a small mesh.", StringComparison.Ordinal));

        var diff = SourceHistory.DiffSince(file, pinned);

        Assert.NotNull(diff);
        Assert.Contains("{+small+}", diff, StringComparison.Ordinal);
        Assert.StartsWith("since ", diff, StringComparison.Ordinal);
        Assert.Null(SourceHistory.DiffSince(file, "000000000000"));
    }

    private static bool Git(string dir, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }

            using var p = Process.Start(info)!;
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
