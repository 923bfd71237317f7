using FsCheck;
using FsCheck.Fluent;

namespace Site.Templating.Tests.Properties;

public class PropertyRunsTests
{
    // The fixed CI seed must only fix where the cases start, not cut how many run.
    [Fact]
    public void The_shared_configuration_runs_every_case()
    {
        var runs = 0;
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), _ =>
        {
            Interlocked.Increment(ref runs);
            return true;
        }).Check(PropertyRuns.Config);

        Assert.Equal(PropertyRuns.Count, runs);
    }
}
