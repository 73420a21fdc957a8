using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace PreAuthKit.Benchmarks.Diagnostics;

/// <summary>
/// Listens to the runtime's GC AllocationTick events (one sample about every 100 KB allocated,
/// naming the type of the object that crossed the threshold) in this process, so the breakdown can
/// say which types the allocations of a stage are made of. Sampled, so good for shares, not totals.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const long GcKeyword = 0x1;

    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    public bool Recording { get; set; }

    public IReadOnlyList<KeyValuePair<string, long>> Top(int count)
        => [.. _bytesByType.OrderByDescending(pair => pair.Value).Take(count)];

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var names = eventData.PayloadNames!;
        var typeName = "?";
        long amount = 0;
        for (var i = 0; i < names.Count; i++)
        {
            switch (names[i])
            {
                case "TypeName":
                    typeName = eventData.Payload[i] as string ?? "?";
                    break;
                case "AllocationAmount64":
                    amount = Convert.ToInt64(eventData.Payload[i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "AllocationAmount" when amount == 0:
                    amount = Convert.ToInt64(eventData.Payload[i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }
        }

        _bytesByType.AddOrUpdate(typeName, amount, (_, total) => total + amount);
    }
}
