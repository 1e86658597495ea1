using System.Globalization;
using JasperFx.Events;
using Marten;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>
/// 联合答题 notices: the organisations a joint bid names learn that they are named (or no longer are), and everyone in
/// the bid learns each member's answer. Each notice says only what its reader may read in the bid itself — the challenge's
/// title (public once bidding is open), the lead's name and the reader's own terms — and nothing of any other bid.
/// </summary>
public static class JointBidNotices
{
    public static async Task TellAsync(IQuerySession reader, NotificationOutbox outbox, IEvent e, CancellationToken ct)
    {
        switch (e.Data)
        {
            case ConsortiumNamed named:
                await NamedAsync(reader, outbox, e, named, ct);
                break;
            case MembershipConfirmed confirmed:
                await AnsweredAsync(reader, outbox, e, confirmed.BidId, confirmed.OrganisationId, MemberAnswer.Confirmed, null, ct);
                break;
            case MembershipDeclined declined:
                await AnsweredAsync(reader, outbox, e, declined.BidId, declined.OrganisationId, MemberAnswer.Declined, declined.Reason, ct);
                break;
        }
    }

    /// <summary>Newly named members and members on changed terms are asked; members left out are told they are out.
    /// A member named again on the same terms of a standing bid has nothing new to hear; after a withdrawal every member
    /// named is asked again, as at a first submission.</summary>
    private static async Task NamedAsync(IQuerySession reader, NotificationOutbox outbox, IEvent e, ConsortiumNamed named, CancellationToken ct)
    {
        var previous = await BeforeSubmissionAsync(reader, named.BidId, e.Version, ct);
        var before = previous?.Members ?? [];
        var standing = previous is { Status: BidStatus.Submitted } ? before : [];
        var (lead, title) = await LeadAndTitleAsync(reader, named.BidId, ct);
        foreach (var member in named.Members.Where(m => !standing.Any(b => m.SameTermsAs(b.OrganisationId, b.Role, b.Share))))
        {
            outbox.Notify(await Recipients.OfOrganisationsAsync(reader, [member.OrganisationId], ct), e.Sequence, NoticeKind.JointBidNamed, named.BidId, title,
                e.Timestamp, new()
                {
                    ["leadName"] = lead,
                    ["role"] = member.Role,
                    ["share"] = member.Share.ToString("F2", CultureInfo.InvariantCulture),
                });
        }

        var left = before.Select(b => b.OrganisationId).Except(named.Members.Select(m => m.OrganisationId)).ToArray();
        outbox.Notify(await Recipients.OfOrganisationsAsync(reader, left, ct), e.Sequence, NoticeKind.JointBidUnnamed, named.BidId, title, e.Timestamp,
            new() { ["leadName"] = lead });
    }

    /// <summary>To the lead and every organisation the bid names as it stood with the answer; the reason of a decline
    /// only to the lead, who reads it on the bid.</summary>
    private static async Task AnsweredAsync(
        IQuerySession reader, NotificationOutbox outbox, IEvent e, Guid bidId, Guid member, MemberAnswer answer, string? reason, CancellationToken ct)
    {
        if (await BidAtAsync(reader, bidId, e.Version, ct) is not { } bid)
        {
            return;
        }

        var (lead, title) = await LeadAndTitleAsync(reader, bidId, ct);
        var memberName = (await reader.LoadAsync<Organisation>(member, ct))?.Name ?? string.Empty;
        Dictionary<string, string> Values() => new() { ["leadName"] = lead, ["memberName"] = memberName, ["answer"] = answer.ToString() };
        var toLead = Values();
        if (reason is not null)
        {
            toLead["reason"] = reason;
        }

        outbox.Notify(await Recipients.OfOrganisationsAsync(reader, [bid.OrganisationId], ct), e.Sequence, NoticeKind.JointBidAnswered, bidId, title,
            e.Timestamp, toLead);
        outbox.Notify(await Recipients.OfOrganisationsAsync(reader, [.. bid.Members.Select(m => m.OrganisationId)], ct), e.Sequence,
            NoticeKind.JointBidAnswered, bidId, title, e.Timestamp, Values());
    }

    /// <summary>The bid as its own events left it at a version: the notice tells of that moment, not of later changes.</summary>
    private static async Task<Bid?> BidAtAsync(IQuerySession reader, Guid bidId, long version, CancellationToken ct) =>
        version < 1
            ? null
            : (await reader.Events.FetchStreamAsync(bidId, version, token: ct)).Select(x => x.Data).OfType<BidEvent>().Aggregate((Bid?)null, Bid.Evolve);

    /// <summary>The bid as it stood before the submission or amendment that a naming at <paramref name="version"/> came
    /// with (a naming is appended right after its command's own event): what the members knew until then.</summary>
    private static async Task<Bid?> BeforeSubmissionAsync(IQuerySession reader, Guid bidId, long version, CancellationToken ct)
    {
        if (version < 2)
        {
            return null;
        }

        var history = (await reader.Events.FetchStreamAsync(bidId, version - 1, token: ct)).Select(x => x.Data).OfType<BidEvent>().ToList();
        return history.Take(Math.Max(0, history.FindLastIndex(x => x is BidSubmitted or BidAmended))).Aggregate((Bid?)null, Bid.Evolve);
    }

    private static async Task<(string Lead, string Title)> LeadAndTitleAsync(IQuerySession reader, Guid bidId, CancellationToken ct)
    {
        var bid = await reader.LoadAsync<BidDetails>(bidId, ct);
        var challenge = bid is null ? null : await reader.LoadAsync<ChallengeDetails>(bid.ChallengeId, ct);
        return (bid?.OrganisationName ?? string.Empty, challenge?.Terms.Title ?? string.Empty);
    }
}
