namespace Site.TestSupport;

/// <summary>
/// The team's shared data folder beside the clone (<c>../shared/data</c>: the real CNCF landscape and
/// its logos). A contributor's clone has none, so tests that need it say so and skip instead of failing.
/// </summary>
public static class SharedData
{
    /// <summary>Full path of <paramref name="relative"/> below <c>../shared/data</c>.</summary>
    public static string Path(string relative) => System.IO.Path.GetFullPath(RepositoryRoot.Combine("..", "shared", "data", relative));

    public static string LandscapeFile => Path("landscape.yml");

    public static string LogosFolder => Path("landscape-logos");

    /// <summary>Why a test needing the shared data cannot run here, or null when it can.</summary>
    public static string? MissingReason =>
        File.Exists(LandscapeFile) && Directory.Exists(LogosFolder)
            ? null
            : $"needs the team's shared data beside the clone (the real CNCF landscape): {LandscapeFile} not found";
}

/// <summary>A fact on the real CNCF landscape of <see cref="SharedData"/>; skipped with the reason when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory on the real CNCF landscape of <see cref="SharedData"/>; skipped with the reason when it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
