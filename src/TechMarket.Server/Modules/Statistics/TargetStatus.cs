namespace TechMarket.Server.Modules.Statistics;

/// <summary>红黄绿: how a district stands against its annual target, given how much of the year has passed.</summary>
public enum TrafficLight
{
    Green,
    Amber,
    Red,

    /// <summary>No target set for the year: nothing to be behind.</summary>
    None,
}

/// <summary>
/// The thresholds of the 红黄绿 warning, as ratios of completion to the share of the year elapsed: green when
/// completion keeps pace (≥ <see cref="GreenAtLeast"/> × elapsed), amber when somewhat behind (≥
/// <see cref="AmberAtLeast"/> × elapsed), red below. Configured under <c>Statistics:Warnings</c>.
/// </summary>
public sealed class WarningThresholds
{
    public decimal GreenAtLeast { get; set; } = 1.0m;

    public decimal AmberAtLeast { get; set; } = 0.8m;
}

/// <summary>Completion of a target and its light.</summary>
public sealed record TargetCompletion(decimal? Target, decimal Achieved, decimal? Percent, decimal ElapsedPercent, TrafficLight Light)
{
    /// <summary>
    /// Completion against the target in force. A zero target is met by anything: no percentage (nothing to divide
    /// by), green. No target: no percentage, no light.
    /// </summary>
    public static TargetCompletion Of(decimal? target, decimal achieved, decimal shareElapsed, WarningThresholds thresholds)
    {
        var elapsed = Math.Round(shareElapsed * 100m, 1, MidpointRounding.AwayFromZero);
        if (target is not { } t)
        {
            return new TargetCompletion(null, achieved, null, elapsed, TrafficLight.None);
        }

        if (t <= 0)
        {
            return new TargetCompletion(t, achieved, null, elapsed, TrafficLight.Green);
        }

        var ratio = achieved / t;
        var light = ratio >= shareElapsed * thresholds.GreenAtLeast ? TrafficLight.Green
            : ratio >= shareElapsed * thresholds.AmberAtLeast ? TrafficLight.Amber
            : TrafficLight.Red;
        return new TargetCompletion(t, achieved, Math.Round(ratio * 100m, 1, MidpointRounding.AwayFromZero), elapsed, light);
    }
}
