using Site.Cli.Reporting;

namespace Site.Tests.Reporting;

/// <summary>What a reader of the terminal sees when a step fails for a reason outside the content (a full disk, a bug).</summary>
public sealed class ConsoleReporterTests
{
    private static AggregateException DiskFull() => new(
        new IOException("No space left on device : '/site/.staging/blog/a/index.html'"),
        new AggregateException(new IOException("No space left on device : '/site/.staging/blog/b/index.html'")),
        new IOException("No space left on device : '/site/.staging/blog/c/index.html'"));

    [Fact]
    public void A_step_failing_on_many_threads_is_one_line_naming_the_first_cause_and_counting_the_rest()
    {
        var stderr = new StringWriter();
        var reporter = new ConsoleReporter(new StringWriter(), stderr, verbose: false);

        reporter.Unexpected(DiskFull(), "pages/RenderPages: ");

        Assert.Equal(
            "error: pages/RenderPages: IOException: No space left on device : '/site/.staging/blog/a/index.html' (and 2 more) (run with --verbose for details)"
                + Environment.NewLine,
            stderr.ToString());
    }

    [Fact]
    public void Verbose_output_keeps_every_cause_with_its_stack()
    {
        var stderr = new StringWriter();
        var reporter = new ConsoleReporter(new StringWriter(), stderr, verbose: true);

        reporter.Unexpected(DiskFull(), "pages/RenderPages: ");

        var text = stderr.ToString();
        Assert.StartsWith("error: pages/RenderPages: System.AggregateException", text, StringComparison.Ordinal);
        Assert.Contains("/blog/a/index.html", text, StringComparison.Ordinal);
        Assert.Contains("/blog/b/index.html", text, StringComparison.Ordinal);
        Assert.Contains("/blog/c/index.html", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_exception_is_reported_as_it_is()
    {
        var stderr = new StringWriter();
        var reporter = new ConsoleReporter(new StringWriter(), stderr, verbose: false);

        reporter.Unexpected(new InvalidOperationException("the output was already committed"), "write/Commit: ");

        Assert.Equal("error: write/Commit: InvalidOperationException: the output was already committed (run with --verbose for details)" + Environment.NewLine, stderr.ToString());
    }
}
