using System.Globalization;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// 联合答题: what a joint bid must be when it is named — its shares add up to the budget, every member is an approved
/// organisation that may bid on the challenge itself (eligibility reaches every member), and the lead is not its own
/// member. Whether a member is already in another bid is not checked here: telling the lead so would tell it who else
/// bid. The member finds out when it confirms (<see cref="ConfirmMembership"/>), which only it reads.
/// </summary>
public static class JointBidRules
{
    public static readonly DomainError AlreadyInABid = DomainError.Conflict(
        "already-in-a-bid", "Your organisation already takes part in another bid on this challenge; an organisation is in one bid per challenge, as lead or member.");

    /// <summary>The members to name, or why they cannot be; null members for a solo bid.</summary>
    /// <param name="organisations">The named organisations, as far as they exist.</param>
    public static DomainError? Consortium(
        JointRequest? joint, decimal budget, Guid lead, ChallengeDetails challenge, IReadOnlyDictionary<Guid, Organisation> organisations,
        out IReadOnlyList<BidMember>? members)
    {
        members = null;
        if (joint is null)
        {
            return null;
        }

        var total = joint.LeadShare + joint.Members.Sum(m => m.Share);
        if (total != budget)
        {
            return DomainError.Invalid("joint", string.Create(CultureInfo.InvariantCulture,
                $"The shares add up to {total:0.00} yuan; they must add up to the budget of {budget:0.00} yuan."));
        }

        var named = new List<BidMember>();
        foreach (var (member, i) in joint.Members.Select((m, i) => (m, i)))
        {
            var field = $"joint.members[{i}].organisationId";
            if (member.OrganisationId == lead)
            {
                return DomainError.Invalid(field, "Your organisation leads this bid; name the other organisations as members.");
            }

            if (organisations.GetValueOrDefault(member.OrganisationId) is not { IsApproved: true } organisation)
            {
                return DomainError.Invalid(field, "No approved organisation has this id.");
            }

            if (challenge.Terms.Eligibility.Refuses(organisation) is not null)
            {
                return DomainError.Invalid(field, "This organisation may not bid on the challenge: its kind or its district is not eligible.");
            }

            if (challenge.FunderIds.Contains(organisation.Id))
            {
                return DomainError.Invalid(field, "An enterprise that funds the challenge cannot be in a bid on it.");
            }

            named.Add(new BidMember(organisation.Id, organisation.Name, member.Role.Trim(), member.Share));
        }

        members = named;
        return null;
    }

    /// <summary>The naming to append with a submission or amendment: the new consortium when it differs from what the
    /// bid has (an empty one dissolves it), nothing when it is the same. A withdrawn bid submitted again names its members
    /// afresh even on the same terms: the withdrawal reset their answers, so each is asked (and told) again.</summary>
    public static ConsortiumNamed? Naming(Bid? state, JointRequest? joint, IReadOnlyList<BidMember>? members, Guid bidId, Guid by, DateTimeOffset at)
    {
        var before = state?.Members ?? [];
        if (members is null)
        {
            return before.Count == 0 ? null : new ConsortiumNamed(bidId, string.Empty, 0m, [], by, at);
        }

        var leadRole = joint!.LeadRole.Trim();
        var same = state is { Status: BidStatus.Submitted } && state.LeadRole == leadRole && state.LeadShare == joint.LeadShare && before.Count == members.Count
                   && members.All(m => before.Any(b => m.SameTermsAs(b.OrganisationId, b.Role, b.Share)));
        return same ? null : new ConsortiumNamed(bidId, leadRole, joint.LeadShare, members, by, at);
    }

    /// <summary>A member's own command: only an organisation the bid names answers, while bidding is open.</summary>
    public static DomainError? MemberOnly(Bid bid, Infrastructure.Auth.Actor actor, out JointMember? member)
    {
        member = bid.Members.FirstOrDefault(m => actor.BelongsTo(m.OrganisationId));
        return member is null ? DomainError.Forbidden("not-a-member", "Only an organisation this joint bid names answers it.") : null;
    }
}
