using Site.Pipeline.Build;

namespace Site.Pipeline.Tests.Build;

public class HeapWatchTests
{
    private const long MiB = 1024 * 1024;

    private long _heap = 1000 * MiB;
    private int _full;
    private int _collections;

    [Fact]
    public void A_heap_grown_past_the_headroom_since_the_last_full_collection_starts_one()
    {
        using var watch = Watch();
        watch.Check(); // first look: the limit is set from here

        _heap += HeapWatch.Headroom - MiB;
        watch.Check();
        Assert.Equal(0, _collections);

        _heap += 2 * MiB;
        watch.Check();
        Assert.Equal(1, _collections);
    }

    [Fact]
    public void After_a_collection_the_limit_is_measured_again_from_what_it_left()
    {
        using var watch = Watch();
        watch.Check();
        _heap += HeapWatch.Headroom + MiB;
        watch.Check();

        // Until the collection shows up, growing further starts no second one.
        _heap += 100 * MiB;
        watch.Check();
        Assert.Equal(1, _collections);

        _full++;
        _heap = 1050 * MiB;
        watch.Check();
        _heap += HeapWatch.Headroom - MiB;
        watch.Check();
        Assert.Equal(1, _collections);

        _heap += 2 * MiB;
        watch.Check();
        Assert.Equal(2, _collections);
    }

    [Fact]
    public void A_full_collection_of_the_runtime_or_the_session_moves_the_limit_too()
    {
        using var watch = Watch();
        watch.Check();
        _heap += 150 * MiB;
        _full++; // say, the session's release after a refresh
        watch.Check();

        _heap += HeapWatch.Headroom - MiB;
        watch.Check();
        Assert.Equal(0, _collections);
    }

    private HeapWatch Watch() => new(() => _heap, () => _full, () => _collections++, watchOnThread: false);
}
