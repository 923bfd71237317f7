using FsCheck;
using FsCheck.Fluent;

namespace Site.Pipeline.Tests.Properties;

/// <summary>How many random cases a property gets: the full 10,000 in CI, a quick 500 locally.</summary>
internal static class PropertyRuns
{
    public static int Count =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? 10_000 : 500;

    public static FsCheck.Config Config => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Count);
}
