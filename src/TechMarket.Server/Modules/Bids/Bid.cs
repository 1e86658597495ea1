using JasperFx.Core;

namespace TechMarket.Server.Modules.Bids;

public enum BidStatus
{
    Submitted,
    Withdrawn,
}

/// <summary>What the decisions about a sealed bid read: whose it is, whether it stands and, for a joint bid (联合答题),
/// its members on their terms with their answers. Its content and receipts live in <see cref="BidDetails"/>.</summary>
public sealed record Bid(Guid Id, Guid ChallengeId, Guid OrganisationId, BidStatus Status)
{
    public string LeadRole { get; init; } = string.Empty;

    public decimal LeadShare { get; init; }

    public IReadOnlyList<JointMember> Members { get; init; } = [];

    /// <summary>The members whose confirmation counts now: on a standing bid, those that confirmed.</summary>
    public IEnumerable<Guid> ConfirmedMembers =>
        Status == BidStatus.Submitted ? Members.Where(m => m.Answer == MemberAnswer.Confirmed).Select(m => m.OrganisationId) : [];

    /// <summary>The one fold of a bid's stream: Marten's and the tests'. A withdrawn bid may be submitted again before
    /// the deadline; it keeps its identity, and its members are asked again.</summary>
    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static Bid? Evolve(Bid? state, BidEvent e) => (state, e) switch
    {
        (null, BidSubmitted x) => new Bid(x.BidId, x.ChallengeId, x.OrganisationId, BidStatus.Submitted),
        ({ } bid, BidSubmitted) => bid with { Status = BidStatus.Submitted },
        ({ } bid, BidWithdrawn) => bid with
        {
            Status = BidStatus.Withdrawn, Members = [.. bid.Members.Select(m => m with { Answer = MemberAnswer.Pending })],
        },
        ({ } bid, ConsortiumNamed x) => bid with
        {
            LeadRole = x.LeadRole,
            LeadShare = x.LeadShare,
            Members =
            [
                .. x.Members.Select(m => new JointMember(m.OrganisationId, m.Role, m.Share,
                    bid.Members.FirstOrDefault(b => m.SameTermsAs(b.OrganisationId, b.Role, b.Share))?.Answer ?? MemberAnswer.Pending)),
            ],
        },
        ({ } bid, MembershipConfirmed x) => bid with { Members = Answered(bid, x.OrganisationId, MemberAnswer.Confirmed) },
        ({ } bid, MembershipDeclined x) => bid with { Members = Answered(bid, x.OrganisationId, MemberAnswer.Declined) },
        _ => state,
    };

    private static IReadOnlyList<JointMember> Answered(Bid bid, Guid organisationId, MemberAnswer answer) =>
        [.. bid.Members.Select(m => m.OrganisationId == organisationId ? m with { Answer = answer } : m)];
}
