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
        Assert.Equal("ignored: Docusaurus's list of blog authors, which posts name by key; here a post names its authors in `authors: [Name]`, and shows them by name only, without the titles, links and pictures listed here: no post names its keys: delete this file", warning.Message);
    }

    [Fact]
    public void A_single_key_written_as_text_is_told_only_the_names_and_the_list_counts_the_posts_still_naming_keys()
    {
        // Chaos Mesh's `authors: cwen` was told both `authors: [cwen]` and the name, at one place; its importers followed the
        // first, deleted authors.yml as its warning said once unused, and "cwen" was the byline without a word.
        using var site = TestSite.With(
            ("en/blog/authors.yml", "cwen:\n  name: Cwen Yin\nxiangwang:\n  name: Xiang Wang\nchangyu:\n  name: Chang Yu\n"),
            ("en/blog/2020/first.md", "---\ntitle: First\ndate: 2020-01-15\nauthors: cwen\n---\nText.\n"),
            ("en/blog/2020/second.md", "---\ntitle: Second\ndate: 2020-02-15\nauthors: xiangwang, changyu\n---\nText.\n"),
            ("zh/blog/2020/first.md", "---\ntitle: 第一\nauthors: cwen\n---\n正文。\n"),
            ("en/blog/2020/named.md", "---\ntitle: Named\ndate: 2020-03-15\nauthors: Ann Lee\n---\nText.\n"));

        var diagnostics = site.Load().Diagnostics.Select(d => (d.Path, d.Line, d.IsError, d.Message)).Order().ToList();

        Assert.Equal(
            [
                ("input/en/blog/2020/first.md", 4, true, "`cwen` is a key of input/en/blog/authors.yml (Docusaurus's list of authors), not a name: write `authors: [Cwen Yin]`"),
                ("input/en/blog/2020/named.md", 4, true, "`authors` must be a list of names: write `authors: [Ann Lee]`"),
                ("input/en/blog/2020/second.md", 4, true, "`xiangwang` and `changyu` are keys of input/en/blog/authors.yml (Docusaurus's list of authors), not names: write `authors: [Xiang Wang, Chang Yu]`"),
                ("input/en/blog/authors.yml", 0, false, "ignored: Docusaurus's list of blog authors, which posts name by key; here a post names its authors in `authors: [Name]`, and shows them by name only, without the titles, links and pictures listed here: 3 posts still name its keys, each told the line to write; delete this file only once none does (without it, a key is shown as the author's name)"),
                ("input/zh/blog/2020/first.md", 3, true, "`cwen` is a key of input/en/blog/authors.yml (Docusaurus's list of authors), not a name: write `authors: [Cwen Yin]`"),
            ],
            diagnostics);
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

    [Fact]
    public void A_Jekyll_post_naming_its_author_by_a_key_of_data_authors_is_told_the_name_and_the_data_folder_is_a_warning()
    {
        // Strimzi's posts say `author: jakub_scholz`; renamed to `authors: [jakub_scholz]` as once told, every byline showed the key.
        using var site = TestSite.With(
            ("_data/authors.yml", "jakub_scholz:\n  name: Jakub Scholz\n  twitter: scholzj\ntom_cooper:\n  name: Tom Cooper\n"),
            ("_data/navigation.yml", "- title: Blog\n"),
            ("en/blog/2024/strimzi-0-40.md", "---\ntitle: Strimzi 0.40\ndate: 2024-03-01\nauthor: jakub_scholz\n---\nText.\n"),
            ("en/blog/2024/kraft.md", "---\ntitle: KRaft\ndate: 2024-04-01\nauthors: [tom_cooper]\n---\nText.\n"));

        var diagnostics = site.Load().Diagnostics;

        var errors = diagnostics.Where(d => d.IsError).OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(("input/en/blog/2024/kraft.md", 4), (errors[0].Path, errors[0].Line));
        Assert.Equal("`tom_cooper` is a key of input/_data/authors.yml (Jekyll's list of authors), not a name: write `authors: [Tom Cooper]`", errors[0].Message);
        Assert.Equal(("input/en/blog/2024/strimzi-0-40.md", 4), (errors[1].Path, errors[1].Line));
        Assert.StartsWith("unknown key `author` for blog posts: `jakub_scholz` is a key of input/_data/authors.yml (Jekyll's list of authors), not a name: write `authors: [Jakub Scholz]`", errors[1].Message, StringComparison.Ordinal);
        var folder = Assert.Single(diagnostics, d => d.Path == "input/_data");
        Assert.False(folder.IsError);
        Assert.Equal("folder `_data` holds Jekyll's data files, which this site neither reads nor publishes: posts that name an author by a key of its authors.yml are told the name to write (authors are shown by name only, without the links and pictures listed there); once none does, delete the folder", folder.Message);
    }

    [Fact]
    public void A_data_folder_without_authors_is_a_warning_to_delete_it()
    {
        using var site = TestSite.With(("_data/navigation.yml", "- title: Blog\n"));

        var folder = Assert.Single(site.Load().Diagnostics);

        Assert.False(folder.IsError);
        Assert.Equal("folder `_data` holds Jekyll's data files, which this site neither reads nor publishes: delete it (a picture or download in it goes in input/assets/)", folder.Message);
    }
}
