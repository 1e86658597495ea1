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

/// <summary>Counts, conversion rates and median days between steps. Pure.</summary>
public static class FunnelBuilder
{
    public static IReadOnlyList<FunnelStage> Build(IReadOnlyList<FunnelItem> items)
    {
        var steps = Enum.GetValues<FunnelStep>();
        var stages = new List<FunnelStage>();
        var submitted = items.Count(i => i.ReachedAt[0] is not null);
        for (var s = 0; s < steps.Length; s++)
        {
            var step = s;
            var count = items.Count(i => i.ReachedAt[step] is not null);
            var previous = step == 0 ? (int?)null : stages[step - 1].Count;
            var days = step == 0 ? [] : items.Where(i => i.ReachedAt[step] is not null && i.ReachedAt[step - 1] is not null)
                .Select(i => (decimal)(i.ReachedAt[step]!.Value - i.ReachedAt[step - 1]!.Value).TotalDays).ToList();
            stages.Add(new FunnelStage(steps[step], count, Percent(count, previous), Percent(count, submitted), Median(days)));
        }

        return stages;
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
