using Site.Content.Translation;

namespace Site.Content.Tests.Translation;

/// <summary>UI strings missing, or still identical to English unless allowed.</summary>
public sealed class UiStringAuditTests
{
    [Fact]
    public void ReportsMissingIdenticalAndExtraKeysFromRealFiles()
    {
        using var site = new TestSite(new Dictionary<string, string>(), withSiteYml: false);
        var folder = Path.Combine(site.Root, "translations");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "en.yml"), "nav:\n  blog: Blog\n  repo: GitHub\n  tags: Tags\ncount: \"{count}\"\nfooter:\n  feed: RSS feed\n");
        File.WriteAllText(Path.Combine(folder, "zh.yml"), "nav:\n  blog: 博客\n  repo: GitHub\n  tags: Tags\ncount: \"{count}\"\nold: 旧\n");
        File.WriteAllText(Path.Combine(folder, UiStringAudit.AllowListFile), "- GitHub\n");

        var report = UiStringAudit.Audit(folder, "en", "zh");

        Assert.Equal(5, report.Total);
        Assert.Equal(["footer.feed"], report.Missing);
        Assert.Equal([new UiStringEntry("nav.tags", "Tags")], report.Identical); // GitHub allowed, {count} has no words
        Assert.Equal(["old"], report.Extra);
    }

    [Fact]
    public void AllowListAcceptsDottedKeys()
    {
        var en = new Dictionary<string, string> { ["a.b"] = "Same" };
        var report = UiStringAudit.Compare("zh", en, en, new HashSet<string> { "a.b" });
        Assert.Empty(report.Identical);
    }

    [Fact]
    public void RepositoryTranslationsAreComplete()
    {
        var folder = Site.TestSupport.RepositoryRoot.Combine("translations");
        var report = UiStringAudit.Audit(folder, "en", "zh");
        Assert.Empty(report.Missing);
        Assert.Empty(report.Identical);
        Assert.Empty(report.Extra);
    }
}
