namespace TechMarket.Server.Modules.Statistics;

/// <summary>The steps of a collection round's needs: 征集 → 受理 → 凝练 (refined into a challenge) → 发榜 (published in a
/// list) → 揭榜 (bids) → 确定揭榜方 → 签约 → 认定登记 → 到账.</summary>
public enum RoundFunnelStep
{
    Collected,
    Accepted,
    Refined,
    Listed,
    Bids,
    Awarded,
    ContractSigned,
    Registered,
    Paid,
}

/// <summary>One step of a round's funnel: how many of its needs reached it, the share of the step before and of all
/// collected, and the median days from the step before.</summary>
public sealed record RoundFunnelStage(RoundFunnelStep Step, int Count, decimal? ConversionPercent, decimal? OfCollectedPercent, decimal? MedianDaysFromPrevious);

/// <summary>
/// A round's funnel in a region: its needs collected there, how many came from enterprises (「其中82%来自企业」, a whole
/// percentage as the round's report gives it) and each step they reached.
/// </summary>
public sealed record RoundFunnelAnswer(
    Guid RoundId, string RoundName, string Region, int Collected, int FromEnterprises, int FromEnterprisesPercent, IReadOnlyList<RoundFunnelStage> Stages)
{
    public static IReadOnlyList<RoundFunnelStage> Measure(IReadOnlyList<IReadOnlyList<DateTimeOffset?>> reached) =>
    [
        .. FunnelBuilder.Measure(reached, Enum.GetValues<RoundFunnelStep>().Length)
            .Select((m, s) => new RoundFunnelStage((RoundFunnelStep)s, m.Count, m.ConversionPercent, m.OfSubmittedPercent, m.MedianDaysFromPrevious)),
    ];
}
