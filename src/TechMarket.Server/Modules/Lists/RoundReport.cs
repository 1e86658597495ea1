using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Lists;

/// <summary>How many needs of one poster kind a round collected.</summary>
public sealed record PosterKindCount(OrganisationKind Kind, int Count);

/// <summary>A challenge refined from the round's needs, and how far it went.</summary>
public sealed record RoundChallenge(Guid ChallengeId, string Title, bool Published, bool Awarded);

/// <summary>
/// What a bureau sees of one round: needs collected (by the poster's kind, and the share from enterprises as a whole
/// percentage — "82%来自企业"), accepted, refined into how many challenges, how many of those were published and awarded.
/// </summary>
public sealed record RoundReport(
    Guid RoundId, string Name, int Collected, IReadOnlyList<PosterKindCount> ByKind, int FromEnterprisesPercent, int Accepted,
    int Refined, int Published, int Awarded, IReadOnlyList<RoundChallenge> Challenges, IReadOnlyList<RoundListLine> Lists)
{
    /// <summary>The report from the round's entries (<see cref="RoundEntriesProjection"/>) and its published lists.</summary>
    public static RoundReport From(
        Guid roundId, string name, IReadOnlyCollection<RoundNeedEntry> needs, IReadOnlyCollection<RoundChallengeEntry> challenges,
        IReadOnlyCollection<PublishedList> lists)
    {
        var byKind = needs.GroupBy(n => n.PosterKind).OrderBy(g => g.Key).Select(g => new PosterKindCount(g.Key, g.Count())).ToList();
        var enterprises = needs.Count(n => n.PosterKind == OrganisationKind.Enterprise);
        return new RoundReport(
            roundId, name, needs.Count, byKind, Percent(enterprises, needs.Count), needs.Count(n => n.Accepted),
            challenges.Count, challenges.Count(c => c.Published), challenges.Count(c => c.Awarded),
            [.. challenges.OrderBy(c => c.Title, StringComparer.Ordinal).Select(c => new RoundChallenge(c.Id, c.Title, c.Published, c.Awarded))],
            [.. lists.OrderBy(l => l.PublishedAt).Select(l => new RoundListLine(l.Id, l.Number, l.Title, l.PublishedOn, l.Challenges.Count))]);
    }

    /// <summary>A whole percentage, halves rounded up (41 of 50 is 82%); 0 of nothing is 0%.</summary>
    public static int Percent(int part, int whole) =>
        whole == 0 ? 0 : (int)Math.Round(part * 100m / whole, MidpointRounding.AwayFromZero);
}

/// <summary>A list published from the round.</summary>
public sealed record RoundListLine(Guid ListId, string Number, string Title, DateOnly PublishedOn, int ChallengeCount);
