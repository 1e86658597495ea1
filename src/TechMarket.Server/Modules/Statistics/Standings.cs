namespace TechMarket.Server.Modules.Statistics;

/// <summary>What a district brings to a ranking: its figure in the period and the same period last year, what it
/// achieved from 1 January to the period's end (for the target) and the target in force.</summary>
public sealed record PeerFigures(string District, string Name, decimal Amount, decimal Base, decimal YearToDate, decimal? Target, bool TargetRevised);

/// <summary>A district among its peers (the city's or the province's districts): growth, completion and three ranks.</summary>
public sealed record Standing(
    string District, string Name, decimal Amount, Growth Growth, TargetCompletion Completion, bool TargetRevised,
    int? AmountRank, int? GrowthRank, int? CompletionRank);

public static class Standings
{
    /// <summary>Ranks peers by amount, growth (those with a base) and completion (those with a non-zero target).</summary>
    public static IReadOnlyList<Standing> Of(IReadOnlyList<PeerFigures> peers, decimal shareElapsed, WarningThresholds thresholds)
    {
        var growth = peers.ToDictionary(p => p.District, p => Growth.Of(p.Amount, p.Base));
        var completion = peers.ToDictionary(p => p.District, p => TargetCompletion.Of(p.Target, p.YearToDate, shareElapsed, thresholds));
        var byAmount = Ranks(DistrictRanking.Rank(peers.Select(p => (p.District, p.Name, (decimal?)p.Amount))));
        var byGrowth = Ranks(DistrictRanking.Rank(peers.Select(p => (p.District, p.Name, growth[p.District].Percent))));
        var byCompletion = Ranks(DistrictRanking.Rank(peers.Select(p => (p.District, p.Name, completion[p.District].Percent))));
        return
        [
            .. peers.Select(p => new Standing(p.District, p.Name, p.Amount, growth[p.District], completion[p.District], p.TargetRevised,
                byAmount[p.District], byGrowth[p.District], byCompletion[p.District])),
        ];
    }

    private static Dictionary<string, int?> Ranks(IReadOnlyList<RankedDistrict> ranked) => ranked.ToDictionary(r => r.District, r => r.Rank);

    /// <summary>The months' ranks of one district among its peers by the cumulative figure from January (1至N月), oldest
    /// first, for 连续N个月居全市前三. <paramref name="monthly"/> holds each peer's figure per month ("yyyy-MM").</summary>
    public static IReadOnlyList<int?> MonthlyRanks(string district, IReadOnlyList<string> peers, IReadOnlyDictionary<(string District, string Month), decimal> monthly, DateOnly from, DateOnly to)
    {
        var ranks = new List<int?>();
        var cumulative = peers.ToDictionary(p => p, _ => 0m, StringComparer.Ordinal);
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            foreach (var peer in peers)
            {
                cumulative[peer] += monthly.GetValueOrDefault((peer, $"{month:yyyy-MM}"));
            }

            // Before anybody did anything nobody ranks.
            ranks.Add(cumulative.Values.All(v => v == 0) ? null
                : DistrictRanking.Rank(cumulative.Select(s => (s.Key, s.Key, (decimal?)s.Value))).Single(r => r.District == district).Rank);
        }

        return ranks;
    }
}
