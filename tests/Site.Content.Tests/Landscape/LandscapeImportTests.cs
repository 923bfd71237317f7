using Site.Content.Diagnostics;
using Site.Content.Landscape;
using Site.Content.Loading;
using Site.Content.Model;
using Site.Content.Text;

namespace Site.Content.Tests.Landscape;

/// <summary>
/// `import landscape` on the real file, into a small site written before the import the way the
/// sample site was: hand-written project and category pages (one of them in a category the
/// landscape no longer has), Chinese translations pinned to their source's hash, a project the
/// landscape does not know.
/// </summary>
public sealed class LandscapeImportTests
{
    private const string PrometheusBody = "Prometheus scrapes metrics. It sits in [Monitoring](/categories/monitoring/).\n";
    private const string PrometheusZhBody = "Prometheus 抓取指标，属于[监控](/zh/categories/monitoring/)分类。\n";

    [SharedDataFact]
    public void Import_writes_a_page_per_project_and_the_category_tree_and_the_site_loads_without_errors()
    {
        using var site = HandWrittenSite();
        var result = Import(site, LandscapeData.Text);
        Assert.False(result.HasErrors);

        var projects = Directory.GetFiles(Path.Combine(site.Input, "en", "projects"), "*.md");
        Assert.Equal(255 + 1, projects.Length); // and the hand-written page the landscape does not know
        Assert.Equal(255, projects.Count(p => File.ReadAllText(p).Contains("\nlandscape: ", StringComparison.Ordinal)));

        var load = site.Load();
        Assert.DoesNotContain(load.Diagnostics, d => d.IsError);
        var graph = load.Content!.Graph["en"];
        Assert.Equal(256, graph.Projects.Count);
        Assert.Equal(38, graph.Projects.Count(p => p.Maturity == Maturity.Graduated && p.LandscapeName is not null));
        Assert.Equal(28, graph.Projects.Count(p => p.Maturity == Maturity.Archived));

        // category → subcategory, with the landscape's order.
        var observability = graph.Category("observability")!;
        Assert.Equal("observability-and-analysis", observability.Parent);
        Assert.Equal("Observability and Analysis / Observability", observability.LandscapePath);
        Assert.Null(graph.Category("observability-and-analysis")!.Parent);
        Assert.Equal(["provisioning", "runtime", "orchestration-management"], graph.RootCategories.Take(3).Select(c => c.Slug));
        var held = LandscapeData.Document.Projects.SelectMany(p => p.AlsoIn.Prepend(p.Listing)).Distinct().ToList();
        Assert.Equal(held.Select(s => s.Category).Distinct().Count(), graph.RootCategories.Count); // every category listing a project, by first listing or second_path
        Assert.Equal(held.Count + graph.RootCategories.Count, graph.Categories.Count);
        Assert.Equal(55, graph.Categories.Count);
        var kubernetes = graph.Project("kubernetes")!;
        Assert.Equal("scheduling-orchestration", kubernetes.Category);
        Assert.Equal(["wasm-orchestration-management", "orchestration-and-scheduling"], kubernetes.AlsoIn);
        Assert.Equal(["orchestration-management", "scheduling-orchestration"],
            load.Content.Graph.AncestorsOf(load.Content.Graph.CategoryOf(kubernetes)!).Append(load.Content.Graph.CategoryOf(kubernetes)!).Select(c => c.Slug));
    }

    [SharedDataFact]
    public void Facts_come_from_the_file_while_words_body_and_hand_written_keys_stay()
    {
        using var site = HandWrittenSite();
        Import(site, LandscapeData.Text);

        var text = File.ReadAllText(Path.Combine(site.Input, "en", "projects", "prometheus.md"));
        Assert.EndsWith("---\n" + PrometheusBody.Replace("/categories/monitoring/", "/categories/observability/#monitoring", StringComparison.Ordinal), text, StringComparison.Ordinal);
        Assert.Contains("title: \"Prometheus (hand-written)\"\n", text, StringComparison.Ordinal);
        Assert.Contains("summary: \"Scrapes and stores metrics.\"\n", text, StringComparison.Ordinal);
        Assert.Contains("sig: tag-observability\n", text, StringComparison.Ordinal);
        Assert.Contains("# The owning TAG is chosen by hand.\n", text, StringComparison.Ordinal);

        var prometheus = site.Load().Content!.Graph["en"].Project("prometheus")!;
        Assert.Equal("observability", prometheus.Category);
        Assert.Equal(["ai-native-infra-observability"], prometheus.AlsoIn);
        Assert.Equal(new DateOnly(2018, 8, 9), prometheus.Graduated);
        Assert.Equal(2, prometheus.Audits.Count);
        Assert.Equal("Prometheus", prometheus.LandscapeName);
        Assert.Contains(prometheus.Links, l => l.Name == "youtube");
    }

    [SharedDataFact]
    public void Chinese_translations_stay_current_and_a_retired_category_moves_with_its_translation()
    {
        using var site = HandWrittenSite();
        var result = Import(site, LandscapeData.Text);

        var retired = Assert.Single(result.Events, e => e.Kind == ImportEventKind.Retired);
        Assert.Equal("en/categories/monitoring.md", retired.Path);
        Assert.False(File.Exists(Path.Combine(site.Input, "en", "categories", "monitoring.md")));
        Assert.False(File.Exists(Path.Combine(site.Input, "zh", "categories", "monitoring.md")));

        var load = site.Load();
        var content = load.Content!;
        Assert.DoesNotContain(load.Diagnostics, d => d.IsError || d.Message.Contains("outdated", StringComparison.Ordinal));
        foreach (var id in new[] { "projects/prometheus.md", "categories/observability.md" })
        {
            Assert.Equal(TranslationState.UpToDate, content.Get("zh", id)!.TranslationState);
        }

        var observability = content.Get("en", "categories/observability.md")!;
        Assert.Equal(["/categories/monitoring/"], observability.Aliases);
        Assert.Contains("## Monitoring {#monitoring}", observability.Body, StringComparison.Ordinal);
        Assert.Contains("## 监控 {#monitoring}", content.Get("zh", "categories/observability.md")!.Body, StringComparison.Ordinal);
        Assert.Same(content.Get("zh", "categories/observability.md"), content.RedirectOf("/zh/categories/monitoring/"));
        Assert.Contains("](/zh/categories/observability/#monitoring)", content.Get("zh", "projects/prometheus.md")!.Body, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void A_project_the_landscape_does_not_know_is_kept_and_marked()
    {
        using var site = HandWrittenSite();
        var result = Import(site, LandscapeData.Text);
        var removed = Assert.Single(result.Events, e => e.Kind == ImportEventKind.Removed);
        Assert.Equal("en/projects/made-up.md", removed.Path);
        var page = site.Load().Content!.Graph["en"].Project("made-up")!;
        Assert.True(page.IsDelisted);
        Assert.Equal("A page written by hand.\n", page.Body);
    }

    [SharedDataFact]
    public void A_second_import_of_the_same_file_changes_no_byte()
    {
        using var site = HandWrittenSite();
        Import(site, LandscapeData.Text, LandscapeData.LogosFolder);
        var before = Snapshot(site.Input);

        var again = Import(site, LandscapeData.Text, LandscapeData.LogosFolder);
        Assert.Empty(again.Edits);
        Assert.Empty(again.Events);
        Assert.Equal(before, Snapshot(site.Input));
    }

    [SharedDataFact]
    public void A_newer_file_changes_exactly_the_facts_that_changed_and_reports_its_problems()
    {
        using var site = new TestSite(new Dictionary<string, string>());
        Import(site, LandscapeData.Text);
        var before = Snapshot(site.Input);

        var text = LandscapeData.Text;
        var lines = text.Split('\n').ToList();
        // A maturity change: Akri moves to incubating.
        var akri = lines.IndexOf("            name: Akri");
        Assert.Equal("            project: sandbox", lines[akri + 2]);
        lines[akri + 2] = "            project: incubating";
        // A removed project: Kubean's item goes.
        var kubean = lines.IndexOf("            name: Kubean");
        var end = lines.FindIndex(kubean, l => l.StartsWith("          - ", StringComparison.Ordinal));
        lines.RemoveRange(kubean - 1, end - kubean + 1);
        // A new project next to Akri.
        lines.InsertRange(akri - 1,
        [
            "          - item:",
            "            name: Zeta Test",
            "            homepage_url: https://zeta.example/",
            "            project: sandbox",
            "            logo: zeta.svg",
            "            extra:",
            "              accepted: '2026-08-01'",
        ]);
        var modified = string.Join('\n', lines)
            // A malformed date: Prometheus keeps the date it had.
            .Replace("              accepted: '2016-05-09'\n              incubating: '2016-05-09'\n              graduated: '2018-08-09'",
                "              accepted: '2016-13-45'\n              incubating: '2016-05-09'\n              graduated: '2018-08-09'", StringComparison.Ordinal)
            // A broken second_path: Kubernetes loses its Wasm listing.
            .Replace("              - \"Wasm / Orchestration & Management\"\n              - \"AI Native Infra / Orchestration and Scheduling\"",
                "              - \"Wasm / Orchestration and Management\"\n              - \"AI Native Infra / Orchestration and Scheduling\"", StringComparison.Ordinal);
        Assert.NotEqual(text.Length, modified.Length);

        var (doc, readDiagnostics) = LandscapeData.Read(modified);
        var result = Import(site, modified);

        Assert.Equal(
            [
                (ImportEventKind.Added, "en/projects/zeta-test.md"),
                (ImportEventKind.Changed, "en/projects/akri.md"),
                (ImportEventKind.Changed, "en/projects/kubernetes.md"),
                (ImportEventKind.Removed, "en/projects/kubean.md"),
            ],
            result.Events.Select(e => (e.Kind, e.Path)));
        Assert.Equal("maturity: sandbox → incubating", result.Events.Single(e => e.Path == "en/projects/akri.md").Detail);
        Assert.Equal("alsoIn updated", result.Events.Single(e => e.Path == "en/projects/kubernetes.md").Detail);
        Assert.Equal(["en/projects/akri.md", "en/projects/kubean.md", "en/projects/kubernetes.md", "en/projects/zeta-test.md"], result.Edits.Select(e => e.Path));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(LandscapeData.LineOf(modified, "accepted: '2016-13-45'"), error.Line);
        Assert.Contains("`extra.accepted` of `Prometheus` must be a date `yyyy-MM-dd`, not `2016-13-45`", error.Message, StringComparison.Ordinal);
        var broken = Assert.Single(result.Diagnostics, d => d.Message.Contains("`Wasm / Orchestration and Management`", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, broken.Severity);
        Assert.Equal(LandscapeData.LineOf(modified, "\"Wasm / Orchestration and Management\""), broken.Line);
        Assert.Contains("did you mean `Wasm / Orchestration & Management`?", broken.Message, StringComparison.Ordinal);
        Assert.Equal(readDiagnostics.Count, result.Diagnostics.Count);
        _ = doc;

        var after = Snapshot(site.Input);
        Assert.Equal(before.Keys.Append("en/projects/zeta-test.md").Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var prometheus = after["en/projects/prometheus.md"];
        Assert.Equal(before["en/projects/prometheus.md"], prometheus);
        Assert.Contains("landscapeStatus: removed", after["en/projects/kubean.md"], StringComparison.Ordinal);
        Assert.Contains("\nmaturity: incubating\n", after["en/projects/akri.md"], StringComparison.Ordinal);
        Assert.Contains("\nalsoIn: [orchestration-and-scheduling]\n", after["en/projects/kubernetes.md"], StringComparison.Ordinal);
        Assert.DoesNotContain(site.Load().Diagnostics, d => d.IsError);
    }

    [SharedDataFact]
    public void A_project_archived_upstream_is_reported_as_archived_with_its_date()
    {
        using var site = new TestSite(new Dictionary<string, string>());
        var text = LandscapeData.Text;
        Import(site, text);
        var archived = text.Replace(
            "            name: Akri\n            homepage_url: https://docs.akri.sh\n            project: sandbox",
            "            name: Akri\n            homepage_url: https://docs.akri.sh\n            project: archived",
            StringComparison.Ordinal);
        var accepted = archived.IndexOf("              accepted: '2021-09-14'\n", StringComparison.Ordinal); // Akri's, the first in the file
        archived = archived.Insert(accepted, "              archived: '2026-08-01'\n");
        Assert.NotEqual(text, archived);

        var result = Import(site, archived);
        var e = Assert.Single(result.Events);
        Assert.Equal((ImportEventKind.Archived, "en/projects/akri.md", "Akri: sandbox → archived on 2026-08-01"), (e.Kind, e.Path, e.Detail));
        var akri = site.Load().Content!.Graph["en"].Project("akri")!;
        Assert.Equal((Maturity.Archived, new DateOnly(2026, 8, 1)), (akri.Maturity, akri.Archived));
    }

    [SharedDataFact]
    public void A_project_that_comes_back_loses_its_mark_and_is_reported()
    {
        using var site = new TestSite(new Dictionary<string, string>());
        var text = LandscapeData.Text;
        Import(site, text);
        var lines = text.Split('\n').ToList();
        var kubean = lines.IndexOf("            name: Kubean");
        var end = lines.FindIndex(kubean, l => l.StartsWith("          - ", StringComparison.Ordinal));
        lines.RemoveRange(kubean - 1, end - kubean + 1);
        Import(site, string.Join('\n', lines));

        var result = Import(site, text);
        var back = Assert.Single(result.Events);
        Assert.Equal((ImportEventKind.Returned, "en/projects/kubean.md"), (back.Kind, back.Path));
        Assert.DoesNotContain("landscapeStatus", File.ReadAllText(Path.Combine(site.Input, "en", "projects", "kubean.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Logos_are_cleaned_into_the_assets_folder_and_a_refused_one_is_an_error_naming_its_file()
    {
        using var site = new TestSite(new Dictionary<string, string>());
        using var logos = new TempFolder();
        logos.WriteFile("good.svg", "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10' onload='alert(1)'><script>alert(2)</script><rect width='10' height='10'/></svg>");
        logos.WriteFile("bad.svg", "<html><body>not an svg</body></html>");
        var text = """
            landscape:
              - category:
                name: Runtime
                subcategories:
                  - subcategory:
                    name: Container Runtime
                    items:
                      - item:
                        name: Good
                        homepage_url: https://good.example/
                        logo: ./good.svg
                        project: sandbox
                      - item:
                        name: Bad
                        homepage_url: https://bad.example/
                        logo: bad.svg
                        project: sandbox
            """;
        var result = Import(site, text, logos.Path);

        var written = File.ReadAllText(Path.Combine(site.Input, "assets", "logos", "good.svg"));
        Assert.DoesNotContain("script", written, StringComparison.Ordinal);
        Assert.DoesNotContain("onload", written, StringComparison.Ordinal);
        Assert.Contains("<rect", written, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Input, "assets", "logos", "bad.svg")));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(16, error.Line);
        Assert.Contains("bad.svg", error.Message, StringComparison.Ordinal);
        Assert.Contains("is refused: its root element is <html>", error.Message, StringComparison.Ordinal);
        Assert.Contains(result.Events, e => e is { Kind: ImportEventKind.Logo, Path: "assets/logos/good.svg" });
    }

    private static LandscapeImportResult Import(TestSite site, string landscape, string? logos = null)
    {
        var bag = new DiagnosticBag();
        var doc = LandscapeReader.Read(new SourceText("landscape.yml", landscape), bag)!;
        var result = LandscapeImport.Plan(doc, new LandscapeImportOptions { InputRoot = site.Input, LogosFolder = logos }, bag);
        LandscapeImport.Apply(result);
        return result;
    }

    /// <summary>Every file below the input: markdown as text, other files as base64.</summary>
    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => f.EndsWith(".md", StringComparison.Ordinal) ? File.ReadAllText(f) : Convert.ToBase64String(File.ReadAllBytes(f)),
            StringComparer.Ordinal);

    /// <summary>A site as it was before any import: pages written by hand, translations pinned to their source.</summary>
    private static TestSite HandWrittenSite()
    {
        var prometheus = """
            ---
            title: "Prometheus (hand-written)"
            maturity: graduated
            category: monitoring
            # The owning TAG is chosen by hand.
            sig: tag-observability
            accepted: 2016-05-09
            homepage: https://prometheus.io/
            repo: https://github.com/prometheus/prometheus
            summary: "Scrapes and stores metrics."
            ---

            """ + PrometheusBody;
        var monitoring = "---\ntitle: \"Monitoring\"\nsummary: \"Metrics.\"\norder: 170\n---\nMonitoring collects metrics. See also [Observability](/categories/observability/).\n";
        var observability = "---\ntitle: \"Observability\"\norder: 160\n---\nAn overview; metrics are under [Monitoring](/categories/monitoring/).\n";
        var site = new TestSite(new Dictionary<string, string>
        {
            ["en/projects/prometheus.md"] = prometheus,
            ["en/projects/made-up.md"] = "---\ntitle: Made Up\nmaturity: sandbox\ncategory: observability\nhomepage: https://made-up.example/\n---\nA page written by hand.\n",
            ["en/categories/monitoring.md"] = monitoring,
            ["en/categories/observability.md"] = observability,
            ["en/sigs/tag-observability.md"] = "---\ntitle: TAG Observability\nkind: tag\n---\nObservability.\n",
        });
        site.Write("zh/projects/prometheus.md", $"---\ntitle: \"Prometheus\"\nsummary: \"抓取并存储指标。\"\nsourceHash: {SourceHash.ComputeForFile("p", prometheus)}\n---\n{PrometheusZhBody}");
        site.Write("zh/categories/monitoring.md", $"---\ntitle: \"监控\"\nsourceHash: {SourceHash.ComputeForFile("m", monitoring)}\n---\n监控采集指标。\n");
        site.Write("zh/categories/observability.md", $"---\ntitle: \"可观测性\"\nsourceHash: {SourceHash.ComputeForFile("o", observability)}\n---\n总览；指标见[监控](/zh/categories/monitoring/)。\n");
        return site;
    }
}
