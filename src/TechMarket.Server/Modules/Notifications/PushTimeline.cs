using System.Diagnostics;
using System.Globalization;
using System.Text;
using TechMarket.Server.Infrastructure.Diagnostics;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>
/// The push path of one page of the realtime subscription, step by step, for its debug line ("Push timeline: …", read
/// by the realtime bench, which takes each step's median over its rounds): from the matched event's append to the
/// page's pickup, what came before the matching in the page, the matching (index wait, ranking with the runtime's view
/// of it, reads), the reads of whom to tell, the notices' numbering, their commit with the matches, and the first and the
/// last send. Each step is the time since the one before, in milliseconds, as key=value pairs.
/// </summary>
public sealed class PushTimeline
{
    private readonly DateTimeOffset _pickedUpAt = DateTimeOffset.UtcNow;
    private readonly RuntimeProbe _pickedUp = RuntimeProbe.Now();
    private readonly string _pool = RuntimeProbe.Pool();
    private readonly StringBuilder _steps = new();
    private long _mark = Stopwatch.GetTimestamp();
    private DateTimeOffset? _appendedAt;

    /// <summary>The matched event's append (the database's clock, the same machine's or a synchronised one).</summary>
    public void Matching(DateTimeOffset appendedAt)
    {
        _appendedAt ??= appendedAt;
        Step("before_match");
    }

    public bool HasMatch => _appendedAt is not null;

    /// <summary>Records the time since the last step under this name.</summary>
    public void Step(string name)
    {
        var now = Stopwatch.GetTimestamp();
        _steps.Append(CultureInfo.InvariantCulture, $"{name}={Stopwatch.GetElapsedTime(_mark, now).TotalMilliseconds:0.0} ");
        _mark = now;
    }

    /// <summary>Adds key=value pairs measured elsewhere (the ranking's).</summary>
    public void Add(string pairs) => _steps.Append(pairs).Append(' ');

    public override string ToString()
    {
        var total = _appendedAt is { } appended ? (DateTimeOffset.UtcNow - appended).TotalMilliseconds : double.NaN;
        var pickup = _appendedAt is { } at ? (_pickedUpAt - at).TotalMilliseconds : double.NaN;
        return string.Create(CultureInfo.InvariantCulture,
            $"append_to_pickup={pickup:0.0} {_steps}total={total:0.0} {_pickedUp.Until("page_", sameThread: false)} {_pool} {RuntimeProbe.Memory()}");
    }
}
