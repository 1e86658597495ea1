using System.Diagnostics.Tracing;
using System.Globalization;

namespace TechMarket.Bench;

/// <summary>
/// What a span of in-process work allocates, by type: the runtime's allocation tick (one event about every 100 KB
/// allocated, naming the type of the object that crossed the mark) sampled while the listener is on. A type's share of
/// the ticks is its share of the bytes, within the sampling's grain — enough to tell a ranking's arrays from its
/// objects. For bench/run.sh --ranking --allocations.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private volatile bool _on;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null)
        {
            return;
        }

        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        lock (_gate)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
        }
    }

    public void Start() => _on = true;

    public void Stop() => _on = false;

    /// <summary>The types that took most of the sampled bytes, MB each (of the whole sampled span).</summary>
    public string Top(int count)
    {
        lock (_gate)
        {
            var total = _bytes.Values.Sum();
            return string.Join("; ", _bytes.OrderByDescending(kv => kv.Value).Take(count)
                .Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value / 1048576.0:0.0} MB ({100.0 * kv.Value / Math.Max(1, total):0}%)")));
        }
    }
}
