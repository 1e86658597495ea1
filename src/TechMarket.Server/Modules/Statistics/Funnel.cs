namespace TechMarket.Server.Modules.Statistics;

/// <summary>The steps a technology need goes through, from 需求征集 to the first payment of its contract.</summary>
public enum FunnelStep
{
    Submitted,
    Accepted,
    InChallenge,
    Bids,
    Awarded,
    ContractSigned,
    Registered,
    FirstPayment,
}

/// <summary>One need on its way: when it reached each step (null where it has not, or not yet).</summary>
public sealed record FunnelItem(Guid NeedId, string District, string Field, IReadOnlyList<DateTimeOffset?> ReachedAt);

/// <summary>One step: how many reached it, the share of those at the step before (and of all submitted), and the median
/// days from the step before for those that reached both.</summary>
public sealed record FunnelStage(FunnelStep Step, int Count, decimal? ConversionPercent, decimal? OfSubmittedPercent, decimal? MedianDaysFromPrevious);

/// <summary>What a funnel says of one step, whatever its steps are called.</summary>
public readonly record struct StepMeasure(int Count, decimal? ConversionPercent, decimal? OfSubmittedPercent, decimal? MedianDaysFromPrevious);

/// <summary>Counts, conversion rates and median days between steps. Pure.</summary>
public static class FunnelBuilder
{
    public static IReadOnlyList<FunnelStage> Build(IReadOnlyList<FunnelItem> items) =>
    [
        .. Measure([.. items.Select(i => i.ReachedAt)], Enum.GetValues<FunnelStep>().Length)
            .Select((m, s) => new FunnelStage((FunnelStep)s, m.Count, m.ConversionPercent, m.OfSubmittedPercent, m.MedianDaysFromPrevious)),
    ];

    /// <summary>Each step's measures, for items that each say when they reached every step (null: not, or not yet);
    /// the first step is the whole the shares are of.</summary>
    public static IReadOnlyList<StepMeasure> Measure(IReadOnlyList<IReadOnlyList<DateTimeOffset?>> reached, int steps)
    {
        var measures = new List<StepMeasure>();
        var submitted = reached.Count(r => r[0] is not null);
        for (var s = 0; s < steps; s++)
        {
            var step = s;
            var count = reached.Count(r => r[step] is not null);
            var previous = step == 0 ? (int?)null : measures[step - 1].Count;
            var days = step == 0 ? [] : reached.Where(r => r[step] is not null && r[step - 1] is not null)
                .Select(r => (decimal)(r[step]!.Value - r[step - 1]!.Value).TotalDays).ToList();
            measures.Add(new StepMeasure(count, Percent(count, previous), Percent(count, submitted), Median(days)));
        }

        return measures;
    }

    private static decimal? Percent(int count, int? of) => of is > 0 ? Math.Round(count * 100m / of.Value, 1, MidpointRounding.AwayFromZero) : null;

    public static decimal? Median(IReadOnlyList<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 1, MidpointRounding.AwayFromZero);
    }
}
