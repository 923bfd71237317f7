using Site.Tests.EndToEnd;

namespace Site.Tests.Cli;

/// <summary><c>new</c> writes files the real loader accepts: every test ends with a passing <c>check</c> where it created something.</summary>
public class NewCommandTests
{
    private static readonly FixedTime March2024 = new(new DateTimeOffset(2024, 3, 5, 12, 0, 0, TimeSpan.Zero));

    private static Task<(int Code, string Out, string Err)> New(SampleSite site, params string[] args) =>
        CliRun.RunAsync(["new", .. args, "--input", site.Input], time: March2024);

    /// <summary>What an author does with a new page once it is written: the stand-in text replaced, the draft lifted.</summary>
    private static void Publish(string file, string opening) =>
        File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(
            File.ReadAllText(file).Replace("draft: true\n", string.Empty, StringComparison.Ordinal), @"\n\n.*\n$", $"\n\n{opening}\n"));

    private static async Task AssertChecks(SampleSite site)
    {
        var (code, _, errors) = await CliRun.RunAsync(["check", .. CliRun.SiteArgs(site)]);
        Assert.True(code == 0, errors);
        Assert.DoesNotContain("warning", errors);
    }

    [Fact]
    public async Task New_post_lands_in_the_year_folder_with_a_quoted_title_and_todays_date()
    {
        using var site = new SampleSite();

        var (code, output, errors) = await New(site, "post", "Service meshes: \"why\" & how");

        Assert.True(code == 0, errors);
        var file = Path.Combine(site.Input, "en", "blog", "2024", "service-meshes-why-how.md");
        Assert.Contains("service-meshes-why-how.md", output);
        var text = File.ReadAllText(file);
        Assert.StartsWith("---\n# Write the page in place of the stand-in text, then remove `draft: true` to publish it.\ntitle: \"Service meshes: \\\"why\\\" & how\"\ndate: 2024-03-05\n", text);
        Assert.Contains("\ndraft: true\n", text);
        Assert.Contains("serve --drafts", output);
        await AssertChecks(site);
    }

    [Theory]
    [InlineData("post", "Service meshes")]
    [InlineData("project", "kubeflux", "--category", "service-mesh", "--maturity", "sandbox")]
    [InlineData("sig", "tag-app-delivery", "--kind", "tag")]
    public async Task A_new_page_published_with_its_stand_in_text_fails_the_check_at_that_line(params string[] args)
    {
        // KubeVela's importer published two English posts that said only "Write the opening paragraph here".
        using var site = new SampleSite();
        var (code, output, errors) = await New(site, args);
        Assert.True(code == 0, errors);
        var file = output.Split('\n')[0]["Created ".Length..].Trim();
        File.WriteAllText(file, File.ReadAllText(file).Replace("draft: true\n", string.Empty, StringComparison.Ordinal));
        var line = Array.FindIndex(File.ReadAllLines(file), l => l.Contains("lists", StringComparison.Ordinal)) + 1;

        var (checkCode, _, checkErrors) = await CliRun.RunAsync(["check", .. CliRun.SiteArgs(site)]);

        Assert.Equal(1, checkCode);
        Assert.Contains($":{line}:1: error: this is the stand-in text `site new` wrote, not the page's own yet: write the opening paragraph in its place (lists and feeds show it as the summary), or add `draft: true` to the front matter until the page is written", checkErrors);
    }

    [Fact]
    public async Task Date_option_sets_date_and_folder_and_slug_option_the_file_name()
    {
        using var site = new SampleSite();

        var (code, _, errors) = await New(site, "post", "Anything", "--date", "2019-12-31", "--slug", "year-end");

        Assert.True(code == 0, errors);
        Assert.Contains("date: 2019-12-31", File.ReadAllText(Path.Combine(site.Input, "en", "blog", "2019", "year-end.md")));
        await AssertChecks(site);
    }

    [Fact]
    public async Task Post_in_another_language_is_a_translation_with_source_hash()
    {
        using var site = new SampleSite();
        await New(site, "post", "Mesh news", "--date", "2021-06-01");
        Publish(Path.Combine(site.Input, "en", "blog", "2021", "mesh-news.md"), "Meshes had news this month.");

        var (code, _, errors) = await New(site, "post", "网格新闻", "--lang", "zh", "--slug", "mesh-news");

        Assert.True(code == 0, errors);
        var text = File.ReadAllText(Path.Combine(site.Input, "zh", "blog", "2021", "mesh-news.md"));
        Assert.Contains("title: \"网格新闻\"", text);
        Assert.Matches("sourceHash: [0-9a-f]{12}\n", text);
        Assert.DoesNotContain("date:", text); // a fact: comes from the English post
        Assert.Contains("draft: true\n", text); // untranslated until the translator removes it
        await AssertChecks(site);
    }

    [Fact]
    public async Task Project_translation_takes_the_source_title_and_refuses_facts()
    {
        using var site = new SampleSite();

        var (withFacts, _, factErrors) = await New(site, "project", "prometheus", "--lang", "zh", "--maturity", "sandbox");
        var (code, _, errors) = await New(site, "project", "prometheus", "--lang", "zh");

        Assert.Equal(1, withFacts);
        Assert.Contains("facts stated by the en page", factErrors);
        Assert.True(code == 0, errors);
        var text = File.ReadAllText(Path.Combine(site.Input, "zh", "projects", "prometheus.md"));
        Assert.StartsWith("---\n# Translate the summary and the body in place, then remove `draft: true` to publish.\ntitle: \"Prometheus\"\nsourceHash: ", text);
        Assert.Contains("Prometheus collects metrics.", text);
        await AssertChecks(site);
    }

    [Fact]
    public async Task Translation_without_a_source_is_refused()
    {
        using var site = new SampleSite();

        var (code, _, errors) = await New(site, "post", "网格新闻", "--lang", "zh", "--slug", "linkerd-benchmark");

        Assert.Equal(1, code);
        Assert.Contains("no en post `linkerd-benchmark` to translate", errors);
        Assert.Contains("did you mean `linkerd-benchmarks`?", errors);
    }

    [Fact]
    public async Task New_project_checks_category_and_maturity_and_writes_valid_front_matter()
    {
        using var site = new SampleSite();

        var (code, _, errors) = await New(site, "project", "cilium", "--category", "service-mesh", "--maturity", "graduated", "--sig", "tag-network");

        Assert.True(code == 0, errors);
        var text = File.ReadAllText(Path.Combine(site.Input, "en", "projects", "cilium.md"));
        Assert.Contains("title: \"Cilium\"\nmaturity: graduated\ncategory: service-mesh\nsig: tag-network\n", text);
        await AssertChecks(site);
    }

    [Theory]
    [InlineData("--category", "servce-mesh", "--maturity", "sandbox", "unknown category `servce-mesh`; did you mean `service-mesh`?")]
    [InlineData("--category", "service-mesh", "--maturity", "sanbox", "unknown maturity `sanbox`; one of sandbox, incubating, graduated, archived; did you mean `sandbox`?")]
    [InlineData("--maturity", "sandbox", "--sig", "tag-network", "a project needs --category <slug> (available: observability, service-mesh)")]
    public async Task New_project_with_wrong_facts_creates_nothing(string o1, string v1, string o2, string v2, string message)
    {
        using var site = new SampleSite();

        var (code, _, errors) = await New(site, "project", "cilium", o1, v1, o2, v2);

        Assert.Equal(1, code);
        Assert.Contains(message, errors);
        Assert.False(File.Exists(Path.Combine(site.Input, "en", "projects", "cilium.md")));
    }

    [Fact]
    public async Task New_sig_writes_a_charter_of_the_given_kind()
    {
        using var site = new SampleSite();

        var (code, _, errors) = await New(site, "sig", "tag-app-delivery", "--kind", "tag");

        Assert.True(code == 0, errors);
        var text = File.ReadAllText(Path.Combine(site.Input, "en", "sigs", "tag-app-delivery.md"));
        Assert.StartsWith("---\n# Write the page in place of the stand-in text, then remove `draft: true` to publish it.\ntitle: \"TAG App Delivery\"\nkind: tag\n", text);
        await AssertChecks(site);
    }

    [Fact]
    public async Task An_existing_file_is_never_overwritten()
    {
        using var site = new SampleSite();
        var file = Path.Combine(site.Input, "en", "sigs", "tag-network.md");
        var before = File.ReadAllText(file);

        var (code, _, errors) = await New(site, "sig", "tag-network", "--kind", "sig");

        Assert.Equal(1, code);
        Assert.Contains("already exists; nothing was written", errors);
        Assert.Equal(before, File.ReadAllText(file));
    }

    [Fact]
    public async Task A_page_that_exists_as_a_bundle_is_never_written_again_as_a_file()
    {
        using var site = new SampleSite();
        var bundle = Path.Combine(site.Input, "en", "sigs", "tag-observability");
        Directory.CreateDirectory(bundle);
        File.WriteAllText(Path.Combine(bundle, "index.md"), "---\ntitle: TAG Observability\nkind: tag\n---\nObservability.\n");

        var (code, _, errors) = await New(site, "sig", "tag-observability", "--kind", "tag");

        Assert.Equal(1, code);
        Assert.Contains("sigs/tag-observability/index.md already exists; nothing was written", errors);
        Assert.False(File.Exists(bundle + ".md"));
    }

    [Fact]
    public async Task Invalid_slug_and_kind_are_explained()
    {
        using var site = new SampleSite();

        var (badSlug, _, slugErrors) = await New(site, "sig", "TAG Network", "--kind", "tag");
        var (badKind, _, kindErrors) = await New(site, "sig", "tag-x", "--kind", "team");

        Assert.Equal(1, badSlug);
        Assert.Contains("`TAG Network` is not a valid slug", slugErrors);
        Assert.Contains("e.g. `tag-network`", slugErrors);
        Assert.Equal(1, badKind);
        Assert.Contains("unknown kind `team`; one of sig, tag, wg", kindErrors);
    }
}
