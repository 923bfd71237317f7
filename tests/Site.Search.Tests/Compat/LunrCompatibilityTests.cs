using System.Globalization;
using System.Text;

namespace Site.Search.Tests.Compat;

/// <summary>
/// The C# builder against real lunr.js 2.3.9 on the checked-in corpus: the serialized indexes must be equal and
/// every query must return the same references with scores within 1e-3 and the same matched terms.
/// </summary>
public sealed class LunrCompatibilityTests(CompatibilityFixture fixture) : IClassFixture<CompatibilityFixture>
{
    private const double Tolerance = 1e-3;

    public static TheoryData<string> IndexNames => ["en", "zh", "positions", "punctuation"];

    [Fact]
    public void Reference_is_lunr_2_3_9_and_the_corpus_has_at_least_50_queries()
    {
        Assert.Equal("2.3.9", fixture.Report.LunrVersion);
        Assert.True(fixture.Corpus.Indexes.Sum(i => i.Queries.Count) >= 50);
        Assert.Equal(["en", "zh", "positions", "punctuation"], fixture.Corpus.Indexes.Select(i => i.Name));
    }

    [Theory]
    [MemberData(nameof(IndexNames))]
    public void Serialized_index_is_identical_to_lunr_js(string name)
    {
        string expected = fixture.ReportFor(name).ReferenceJson;
        string actual = fixture.CandidateJson[name];
        if (expected != actual)
        {
            int at = 0;
            while (at < Math.Min(expected.Length, actual.Length) && expected[at] == actual[at])
            {
                at++;
            }

            Assert.Fail($"Index '{name}' differs at char {at}:\n lunr.js: …{Excerpt(expected, at)}…\n C#:      …{Excerpt(actual, at)}…");
        }
    }

    /// <summary>
    /// The published index differs from lunr.js's only where it escapes <c>&lt; &gt; &amp; '</c>, U+2028 and
    /// U+2029 inside strings: with those six escapes decoded it is byte-identical. The corpus holds all of
    /// them, so the comparison is not vacuous.
    /// </summary>
    [Theory]
    [MemberData(nameof(IndexNames))]
    public void Published_index_is_lunr_js_output_with_markup_characters_escaped(string name)
    {
        string published = fixture.PublishedJson[name];

        Assert.Equal(fixture.ReportFor(name).ReferenceJson, DecodeMarkupEscapes(published));
        foreach (char c in "<>&'\u2028\u2029")
        {
            Assert.DoesNotContain(c, published);
        }
    }

    [Fact]
    public void The_corpus_puts_markup_characters_into_index_strings()
    {
        string all = string.Concat(fixture.Report.Indexes.Select(i => i.ReferenceJson));
        Assert.Equal("", string.Concat("<>&'".Where(c => !all.Contains(c, StringComparison.Ordinal))));
    }

    [Theory]
    [MemberData(nameof(IndexNames))]
    public void Csharp_index_loads_in_lunr_js(string name)
    {
        CompatIndexReport report = fixture.ReportFor(name);
        Assert.True(report.CandidateLoaded, report.LoadError);
    }

    [Theory]
    [MemberData(nameof(IndexNames))]
    public void Queries_return_the_same_refs_and_scores(string name)
    {
        var failures = new StringBuilder();
        foreach (CompatQueryReport query in fixture.ReportFor(name).Queries)
        {
            string? problem = Compare(query.Reference, query.Candidate);
            if (problem is not null)
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"[{query.Query}] => [{query.LunrQuery}]: {problem}");
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Theory]
    [MemberData(nameof(IndexNames))]
    public void Each_shard_loads_in_lunr_js_holds_its_own_term_range_and_scores_like_the_whole_index(string name)
    {
        CompatShardReport report = fixture.ReportFor(name).Shards!;
        Assert.True(report.Count >= 2, $"{name}: the index was cut into {report.Count} shard(s)");
        Assert.True(report.Terms > 0);
        Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems));
    }

    [Fact]
    public void Punctuation_separates_words_on_both_sides()
    {
        // Each query finds the document whose text has the word only inside punctuation (a list in Chinese
        // text, a repository path, full-width forms), through the same rules in C# and lunr-cjk.js.
        var expected = new Dictionary<string, string>
        {
            ["containerd"] = "/zh/blog/runtimes/",
            ["harbor"] = "/zh/blog/runtimes/",
            ["镜像仓库"] = "/zh/blog/runtimes/",
            ["运行时接口"] = "/zh/blog/runtimes/",
            ["client_golang"] = "/zh/projects/prometheus/",
            ["9090"] = "/zh/projects/prometheus/",
            ["api"] = "/en/projects/kubernetes/",
            ["etcd"] = "/en/blog/fullwidth/",
            ["guillemets"] = "/en/blog/fullwidth/",
            ["qué"] = "/en/blog/fullwidth/",
        };
        var queries = fixture.ReportFor("punctuation").Queries.ToDictionary(q => q.Query);
        foreach (var (query, url) in expected)
        {
            var results = queries[query].Candidate.Results!;
            Assert.True(results.Count > 0 && results[0].Ref == url, $"{query}: [{string.Join(", ", results.Select(r => r.Ref))}]");
        }

        // Words stay whole where there is no punctuation: "C++" is the term "c", which never matches "collects".
        Assert.All(queries["c++"].Candidate.Results!, r => Assert.Equal(["c"], r.Terms));
        Assert.Contains("[\"collect\",", fixture.CandidateJson["punctuation"], StringComparison.Ordinal);
    }

    [Fact]
    public void Query_matrix_actually_exercises_hits_misses_and_errors()
    {
        // Guards against a vacuous comparison (e.g. both sides always empty).
        var all = fixture.Report.Indexes.SelectMany(i => i.Queries).ToList();
        Assert.True(all.Count(q => q.Reference.Results is { Count: > 0 }) >= 40);
        Assert.Contains(all, q => q.Reference.Results is { Count: 0 });
        Assert.Contains(all, q => q.Reference.Error is not null);
        Assert.Contains(fixture.ReportFor("zh").Queries, q => q.Query == "容器编排" && q.Reference.Results![0].Ref == "/zh/projects/kubernetes/");
    }

    private static string? Compare(CompatOutcome reference, CompatOutcome candidate)
    {
        if (reference.Error is not null || candidate.Error is not null)
        {
            return reference.Error == candidate.Error ? null : $"error mismatch: lunr.js '{reference.Error}', C# '{candidate.Error}'";
        }

        List<CompatHit> expected = reference.Results!;
        List<CompatHit> actual = candidate.Results!;
        if (expected.Count != actual.Count)
        {
            return $"{expected.Count} results from lunr.js, {actual.Count} from the C# index";
        }

        var byRef = actual.ToDictionary(h => h.Ref, StringComparer.Ordinal);
        for (int i = 0; i < expected.Count; i++)
        {
            CompatHit want = expected[i];
            if (!byRef.TryGetValue(want.Ref, out CompatHit? got))
            {
                return $"'{want.Ref}' missing from C# results";
            }

            if (Math.Abs(want.Score - got.Score) > Tolerance)
            {
                return $"'{want.Ref}' score {want.Score} vs {got.Score}";
            }

            // Order may only differ between (near-)equal scores.
            if (Math.Abs(actual[i].Score - want.Score) > Tolerance)
            {
                return $"rank {i}: lunr.js '{want.Ref}' ({want.Score}), C# '{actual[i].Ref}' ({actual[i].Score})";
            }

            if (!want.Terms.SequenceEqual(got.Terms, StringComparer.Ordinal))
            {
                return $"'{want.Ref}' matched terms [{string.Join(',', want.Terms)}] vs [{string.Join(',', got.Terms)}]";
            }
        }

        return null;
    }

    /// <summary>
    /// Decodes <c>\u003c \u003e \u0026 \u0027 \u2028 \u2029</c> and nothing else, reading escapes in order so
    /// that an escaped backslash followed by <c>u003c</c> stays as it is.
    /// </summary>
    private static string DecodeMarkupEscapes(string json)
    {
        var decoded = new StringBuilder(json.Length);
        for (int i = 0; i < json.Length; i++)
        {
            if (json[i] != '\\' || i + 1 >= json.Length)
            {
                decoded.Append(json[i]);
                continue;
            }

            if (json[i + 1] == 'u' && i + 6 <= json.Length && json.Substring(i + 2, 4) is "003c" or "003e" or "0026" or "0027" or "2028" or "2029")
            {
                decoded.Append((char)int.Parse(json.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else
            {
                decoded.Append(json, i, 2); // any other escape, kept as written
                i++;
            }
        }

        return decoded.ToString();
    }

    private static string Excerpt(string s, int at) => s.Substring(Math.Max(0, at - 60), Math.Min(s.Length, at + 60) - Math.Max(0, at - 60));
}
