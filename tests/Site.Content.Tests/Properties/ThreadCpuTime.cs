using System.Globalization;

namespace Site.Content.Tests.Properties;

/// <summary>
/// CPU time used so far by the calling thread, read from Linux's <c>/proc/thread-self/stat</c>
/// (.NET has a per-process figure only, which other tests running in parallel would inflate).
/// Elsewhere it falls back to the process's CPU time.
/// </summary>
internal static class ThreadCpuTime
{
    private const string Stat = "/proc/thread-self/stat";

    public static TimeSpan Now()
    {
        if (!File.Exists(Stat))
        {
            return Environment.CpuUsage.TotalTime;
        }

        // Fields after the command name (which is in parentheses and may hold spaces): state is field 3,
        // utime and stime are fields 14 and 15, in clock ticks (USER_HZ, 100 per second on Linux).
        var text = File.ReadAllText(Stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
