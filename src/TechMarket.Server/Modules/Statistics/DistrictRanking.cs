namespace TechMarket.Server.Modules.Statistics;

/// <summary>One district's place in a ranking (晾晒); no rank when it has no value (no base for a growth rate, no target).</summary>
public sealed record RankedDistrict(string District, string Name, decimal? Value, int? Rank);

/// <summary>Rankings by amount, growth or completion, and streaks of rank.</summary>
public static class DistrictRanking
{
    /// <summary>Highest first; equal values share a rank and the next rank skips (1, 2, 2, 4); districts without a value
    /// come last, unranked, in their reference order.</summary>
    public static IReadOnlyList<RankedDistrict> Rank(IEnumerable<(string District, string Name, decimal? Value)> values)
    {
        var list = values.ToList();
        var ranked = list.Where(v => v.Value is not null).OrderByDescending(v => v.Value).ToList();
        var result = new List<RankedDistrict>();
        for (var i = 0; i < ranked.Count; i++)
        {
            var rank = i > 0 && ranked[i].Value == ranked[i - 1].Value ? result[i - 1].Rank : i + 1;
            result.Add(new RankedDistrict(ranked[i].District, ranked[i].Name, ranked[i].Value, rank));
        }

        result.AddRange(list.Where(v => v.Value is null).Select(v => new RankedDistrict(v.District, v.Name, null, null)));
        return result;
    }

    /// <summary>连续N个月居前K: how many of the latest consecutive months (ranks oldest first) the rank stayed within the top K.</summary>
    public static int Streak(IReadOnlyList<int?> ranksOldestFirst, int top)
    {
        var streak = 0;
        for (var i = ranksOldestFirst.Count - 1; i >= 0 && ranksOldestFirst[i] is { } r && r <= top; i--)
        {
            streak++;
        }

        return streak;
    }
}
