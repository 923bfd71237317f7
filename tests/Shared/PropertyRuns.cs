using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Site.TestSupport;

/// <summary>
/// How many random cases a property gets: the full 10,000 in CI, a quick 500 locally. Local runs
/// draw a new seed each time (exploration); CI runs from a fixed seed so that a submission is judged
/// on the same cases every time, unless <c>SITE_PROPERTY_SEED</c> names another seed or `random`.
/// </summary>
internal static class PropertyRuns
{
    private const ulong CiSeed = 20261121;

    private static bool InCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static int Count => InCi ? 10_000 : 500;

    public static FsCheck.Config Config
    {
        get
        {
            var config = FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Count);
            var requested = Environment.GetEnvironmentVariable("SITE_PROPERTY_SEED");
            ulong? seed = requested is { Length: > 0 } && ulong.TryParse(requested, out var parsed) ? parsed
                : InCi && requested != "random" ? CiSeed
                : null;
            return seed is { } s
                ? config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(s), FSharpOption<int>.None)))
                : config;
        }
    }
}
