namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>How a winning joint bid's funding is split: by the shares its organisations agreed on. When the award funds
/// less than the bid asked (a winner's share is capped), each member's share shrinks in proportion, rounded down to the
/// fen, and the lead takes the rest — so the shares always add up to the funding exactly.</summary>
public static class JointShares
{
    public static IReadOnlyList<AwardedMember>? OfFunding(ChallengeBid bid, decimal funding)
    {
        if (bid.Members is not { Count: > 0 } members)
        {
            return null;
        }

        var scaled = members.Select(m => new AwardedMember(
            m.OrganisationId, m.OrganisationName, m.Role,
            funding == bid.Budget || bid.Budget == 0 ? m.Share : Math.Round(m.Share * funding / bid.Budget, 2, MidpointRounding.ToZero), false)).ToList();
        var lead = new AwardedMember(bid.OrganisationId, bid.OrganisationName, bid.LeadRole ?? string.Empty, funding - scaled.Sum(m => m.Share), true);
        return [lead, .. scaled];
    }
}
