using Site.Content.Model;

namespace Site.Content.Tests.Landscape;

public sealed class LandscapeReaderTests
{
    [SharedDataFact]
    public void The_real_file_has_255_projects_in_the_four_maturity_levels()
    {
        var doc = LandscapeData.Document;
        Assert.Equal(255, doc.Projects.Count);
        Assert.Equal(38, doc.CountOf(Maturity.Graduated));
        Assert.Equal(38, doc.CountOf(Maturity.Incubating));
        Assert.Equal(151, doc.CountOf(Maturity.Sandbox));
        Assert.Equal(28, doc.CountOf(Maturity.Archived));
        Assert.Equal(255, doc.Projects.Select(p => p.Name).Distinct().Count());
    }

    [SharedDataFact]
    public void The_category_tree_has_15_categories_and_80_subcategories_in_file_order()
    {
        var doc = LandscapeData.Document;
        Assert.Equal(15, doc.Categories.Count);
        Assert.Equal(80, doc.Categories.Sum(c => c.Subcategories.Count));
        Assert.Equal(["Provisioning", "Runtime", "Orchestration & Management"], doc.Categories.Take(3).Select(c => c.Name));
        Assert.Equal(
            ["Automation & Configuration", "Container Registry", "Security & Compliance", "Key Management"],
            doc.Categories[0].Subcategories.Select(s => s.Name));
        // Names repeat across categories: a subcategory is the pair.
        Assert.Equal(2, doc.Categories.SelectMany(c => c.Subcategories).Count(s => s.Name == "Observability"));
    }

    [SharedDataFact]
    public void Known_facts_of_prometheus_match_the_file()
    {
        var prometheus = LandscapeData.Document.Projects.Single(p => p.Name == "Prometheus");
        Assert.Equal(Maturity.Graduated, prometheus.Maturity);
        Assert.Equal("Observability and Analysis / Observability", prometheus.Listing.Path);
        Assert.Equal(["AI Native Infra / Observability"], prometheus.AlsoIn.Select(s => s.Path));
        Assert.Equal(new DateOnly(2016, 5, 9), prometheus.Accepted);
        Assert.Equal(new DateOnly(2016, 5, 9), prometheus.Incubating);
        Assert.Equal(new DateOnly(2018, 8, 9), prometheus.Graduated);
        Assert.Null(prometheus.Archived);
        Assert.Equal("https://prometheus.io/", prometheus.Homepage);
        Assert.Equal("https://github.com/prometheus/prometheus", prometheus.Repo);
        Assert.Equal("prometheus.svg", prometheus.Logo);
        Assert.Equal(
            [(new DateOnly(2018, 6, 11), "security", "Cure53"), (new DateOnly(2020, 7, 21), "security", "Cure53")],
            prometheus.Audits.Select(a => (a.Date, a.Type, a.Vendor)));
        Assert.Contains(prometheus.Links, l => l is { Name: "blog", Url: "https://prometheus.io/blog/" });
        Assert.Contains(prometheus.Links, l => l is { Name: "clomonitor", Url: "https://clomonitor.io/projects/cncf/prometheus" });
        Assert.Equal(12095, prometheus.At.Line);
    }

    [SharedDataFact]
    public void Known_facts_of_kubernetes_kuma_and_an_archived_project_match_the_file()
    {
        var projects = LandscapeData.Document.Projects;
        var kubernetes = projects.Single(p => p.Name == "Kubernetes");
        Assert.Equal("Orchestration & Management / Scheduling & Orchestration", kubernetes.Listing.Path);
        Assert.Equal(["Wasm / Orchestration & Management", "AI Native Infra / Orchestration and Scheduling"], kubernetes.AlsoIn.Select(s => s.Path));
        Assert.Equal(new DateOnly(2018, 3, 6), kubernetes.Graduated);
        Assert.Equal("http://slack.k8s.io/", kubernetes.Links.Single(l => l.Name == "slack").Url);

        var akri = projects.Single(p => p.Name == "Akri");
        Assert.Equal(Maturity.Sandbox, akri.Maturity);
        Assert.Equal(new DateOnly(2021, 9, 14), akri.Accepted);
        Assert.Equal(new DateOnly(2023, 6, 13), akri.AnnualReview!.Date);
        Assert.Equal("https://github.com/cncf/toc/pull/1080", akri.AnnualReview.Url);

        var brigade = projects.Single(p => p.Name == "Brigade");
        Assert.Equal(Maturity.Archived, brigade.Maturity);
        Assert.NotNull(brigade.Archived);
        Assert.True(projects.Where(p => p.Maturity == Maturity.Archived).All(p => p.Archived is not null));
    }

    [SharedDataFact]
    public void Every_trap_of_the_real_file_is_a_positioned_warning_and_none_is_an_error()
    {
        var text = LandscapeData.Text;
        var diagnostics = LandscapeData.Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.All(diagnostics, d => Assert.True(d.Line > 0 && d.Column > 0, d.Headline));

        // Broken second_path references, with the nearest real subcategory.
        var kyverno = Assert.Single(diagnostics, d => d.Message.Contains("`second_path` of `Kyverno`", StringComparison.Ordinal));
        Assert.Equal(LandscapeData.LineOf(text, "\"AI Native Infra / Governance, Policy & Security\""), kyverno.Line);
        Assert.Contains("did you mean `AI Native Infra / Governance, Policy and Security`?", kyverno.Message, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Message.Contains("`Serverless / Embedded Functions`", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("`Serverless / Installable Platforms`", StringComparison.Ordinal));
        Assert.Equal(3, diagnostics.Count(d => d.Message.Contains("which is not a subcategory of this file", StringComparison.Ordinal)));

        // accepted without project, duplicate names, ./ logos, organization as text, null description, null lists, typos.
        Assert.Equal(["Meshery (Wasm)", "Tetragon", "Traefik Mesh"],
            diagnostics.Where(d => d.Message.Contains("has `extra.accepted` but no `project:`", StringComparison.Ordinal))
                .Select(d => d.Message.Split('`')[1]).Order(StringComparer.Ordinal));
        Assert.Equal(6, diagnostics.Count(d => d.Message.StartsWith("duplicate name", StringComparison.Ordinal)));
        Assert.Contains(diagnostics, d => d.Message.StartsWith("72 `logo` values start with `./`", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.StartsWith("`organization` is text", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("`description` of `Volcano Kthena` is null", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.StartsWith("`items:` is null (on 2 places", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("`extra.documentation_ul` (on 2 items, first here)", StringComparison.Ordinal)
            && d.Message.Contains("did you mean `documentation_url`?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_string_where_a_map_is_expected_and_a_bad_maturity_are_reported_without_a_crash()
    {
        const string text = """
            landscape:
              - category:
                name: Runtime
                subcategories:
                  - subcategory:
                    name: Container Runtime
                    items:
                      - item:
                        name: Alpha
                        homepage_url: https://alpha.example/
                        logo: alpha.svg
                        project: incubatng
                      - item:
                        name: Beta
                        homepage_url: https://beta.example/
                        logo: beta.svg
                        project: sandbox
                        extra: just text
                      - just a string
            """;
        var (doc, diagnostics) = LandscapeData.Read(text);
        var beta = Assert.Single(doc!.Projects);
        Assert.Equal("Beta", beta.Name);
        var maturity = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(12, maturity.Line);
        Assert.Contains("did you mean `incubating`?", maturity.Message, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Line == 18 && d.Message.StartsWith("`extra` must be a map", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Line == 19 && d.Message.StartsWith("an item must be a map", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_yaml_is_one_error_at_its_position()
    {
        var (doc, diagnostics) = LandscapeData.Read("landscape:\n  - name: [unclosed\n");
        Assert.Null(doc);
        var error = Assert.Single(diagnostics);
        Assert.True(error.IsError);
        Assert.StartsWith("not valid YAML", error.Message, StringComparison.Ordinal);
    }
}
