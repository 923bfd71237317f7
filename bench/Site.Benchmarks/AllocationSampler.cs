using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Site.Benchmarks;

/// <summary>
/// Samples allocations in-process from the runtime's GCAllocationTick events (one per ~100 KB allocated, naming
/// the type of the object that crossed the mark), so a benchmark can say which types its allocations are made of
/// and how much went to the large object heap. Sampled: types allocated rarely and in small objects may not show.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<(string Type, bool Large), long> _bytes = new();

    public bool Enabled { get; set; }

    public IEnumerable<(string Type, bool Large, long Bytes)> Top(int count) =>
        _bytes.OrderByDescending(kv => kv.Value).Take(count).Select(kv => (kv.Key.Type, kv.Key.Large, kv.Value));

    public void Reset() => _bytes.Clear();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Enabled || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        var amount = Convert.ToInt64(eventData.Payload![eventData.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        var kind = Convert.ToInt32(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationKind")], System.Globalization.CultureInfo.InvariantCulture);
        var type = eventData.Payload[eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        _bytes.AddOrUpdate((type, kind == 1), amount, (_, total) => total + amount);
    }
}
