namespace Site.Content.Tests.Loading;

/// <summary>
/// Docusaurus's <c>blog/authors.yml</c>: posts name their authors by its keys. Here a post names them in <c>authors:</c>,
/// so a key is reported with the line to write, instead of being shown to readers as a name.
/// </summary>
public sealed class AuthorListTests
{
    private const string AuthorList = """
        Fei-Guo:
          name: Fei Guo
          title: Maintainer of OpenKruise
          image_url: https://github.com/Fei-Guo.png
        FillZpp:
          name: Siyu Wang
        solo: Ann Lee
        """;

    [Fact]
    public void A_post_naming_authors_by_their_keys_is_told_the_names_to_write()
    {
        using var site = TestSite.With(
            ("en/blog/authors.yml", AuthorList),
            ("en/blog/2021-03-15-sidecarset.md", "---\ntitle: SidecarSet\ndate: 2021-03-15\nauthors: [Fei-Guo, FillZpp, Someone Else]\n---\nText.\n"),
            ("zh/blog/2021-03-15-sidecarset.md", "---\ntitle: SidecarSet\nauthors: [solo]\n---\n正文。\n"),
            ("en/blog/2021-04-01-plain.md", "---\ntitle: Plain\ndate: 2021-04-01\nauthors: [Ann Lee]\n---\nText.\n"));

        var result = site.Load();

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(("input/en/blog/2021-03-15-sidecarset.md", 4, 10), (errors[0].Path, errors[0].Line, errors[0].Column));
        Assert.Equal("`Fei-Guo` and `FillZpp` are keys of input/en/blog/authors.yml (Docusaurus's list of authors), not names: write `authors: [Fei Guo, Siyu Wang, Someone Else]`", errors[0].Message);
        Assert.Equal(("input/zh/blog/2021-03-15-sidecarset.md", 3), (errors[1].Path, errors[1].Line));
        Assert.Equal("`solo` is a key of input/en/blog/authors.yml (Docusaurus's list of authors), not a name: write `authors: [Ann Lee]`", errors[1].Message);
    }

    [Fact]
    public void The_author_list_itself_is_a_warning_that_says_what_it_was_and_what_to_do()
    {
        using var site = TestSite.With(("en/blog/authors.yml", AuthorList));

        var warning = Assert.Single(site.Load().Diagnostics);

        Assert.False(warning.IsError);
        Assert.Equal("input/en/blog/authors.yml", warning.Path);
        Assert.Equal("ignored: Docusaurus's list of blog authors, which posts name by key; here a post names its authors in `authors: [Name]` (each post that uses a key is told the line to write): once none does, delete this file", warning.Message);
    }

    [Fact]
    public void A_key_that_is_also_the_name_it_stands_for_is_a_name_and_each_language_names_its_own_list()
    {
        using var site = TestSite.With(
            ("en/blog/authors.yml", "volcano:\n  name: Volcano\n"),
            ("zh/blog/authors.yml", "Volcano:\n  name: Volcano\n李灏/爱奇艺资深研发工程师:\n  name: 李灏\n  title: 爱奇艺资深研发工程师\n"),
            ("en/blog/2021-03-15-iqiyi.md", "---\ntitle: iQIYI\ndate: 2021-03-15\nauthors: [volcano]\n---\nText.\n"),
            ("zh/blog/2021-03-15-iqiyi.md", "---\ntitle: 爱奇艺\nauthors: [\"Volcano\", \"李灏/爱奇艺资深研发工程师\"]\n---\n正文。\n"),
            ("en/blog/2021-04-01-as-named.md", "---\ntitle: As named\ndate: 2021-04-01\nauthors: [Volcano]\n---\nText.\n"));

        var errors = site.Load().Diagnostics.Where(d => d.IsError).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Equal("`volcano` is a key of input/en/blog/authors.yml (Docusaurus's list of authors), not a name: write `authors: [Volcano]`", errors[0].Message);
        Assert.Equal(("input/zh/blog/2021-03-15-iqiyi.md", "`李灏/爱奇艺资深研发工程师` is a key of input/zh/blog/authors.yml (Docusaurus's list of authors), not a name: write `authors: [Volcano, 李灏]`"), (errors[1].Path, errors[1].Message));
    }
}
