using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>A winning team: its bid, its (lead) organisation, what the award funds, (horse race) per stage, and for a
/// joint bid every organisation in it with its share of the funding, the lead first.</summary>
public sealed record AwardedTeam(Guid BidId, Guid OrganisationId, decimal Funding, IReadOnlyList<AwardedStage> Stages, IReadOnlyList<AwardedMember>? Members = null)
{
    /// <summary>The lead and, for a joint bid, its members: the seller side of the team's contract.</summary>
    public IEnumerable<Guid> Organisations => [OrganisationId, .. (Members ?? []).Where(m => !m.Lead).Select(m => m.OrganisationId)];

    public bool Includes(Actor actor) => Organisations.Any(actor.BelongsTo);
}
