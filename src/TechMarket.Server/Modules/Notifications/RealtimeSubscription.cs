using System.Diagnostics;
using System.Globalization;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Needs;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>
/// The one subscription behind matching and real time, run by the async daemon (HotCold: one node at a time): for
/// each committed event, in order, it computes matches (appending <see cref="MatchFound"/>: for an accepted need or a
/// published challenge the universities and brokers, for a published or repriced achievement the enterprises with open
/// needs — a repricing also rescores the known pairs), stores numbered notices (matches, need decisions, reviews,
/// awards, joint bids, and contracts: signature requested, milestone accepted, payment received), notes board changes
/// and the bureau's ticker moves (技术交易额 recorded or reversed). The notices commit with the matches they tell of,
/// in a transaction of their own that the users' counters keep to once per event, and are pushed as soon as it commits;
/// board changes and ticker moves commit with the page's progress and are pushed after it (NotificationOutbox).
/// Request handlers never push.
/// </summary>
public sealed class RealtimeSubscription : SubscriptionBase
{
    private readonly Matchmaker _matchmaker;
    private readonly Infrastructure.Realtime.IRealtimePush _push;
    private readonly BoardWatch _boards;
    private readonly ILogger<RealtimeSubscription> _logger;

    /// <summary>Takes no document store: the store is built with this subscription in it (it reads through the page's
    /// own session instead).</summary>
    public RealtimeSubscription(Matchmaker matchmaker, Infrastructure.Realtime.IRealtimePush push, BoardWatch boards, ILogger<RealtimeSubscription> logger)
    {
        _logger = logger;
        _matchmaker = matchmaker;
        _push = push;
        _boards = boards;
        Name = "realtime";
        IncludeType<NeedRejected>();
        IncludeType<BidSubmitted>();
        IncludeType<BidWithdrawn>();
        IncludeType<ConsortiumNamed>();
        IncludeType<MembershipConfirmed>();
        IncludeType<MembershipDeclined>();
        IncludeType<ContractDrafted>();
        IncludeType<ContractRevised>();
        IncludeType<ContractSigned>();
        IncludeType<ContractRegistrationRefused>();
        IncludeType<MilestoneAccepted>();
        IncludeType<PaymentConfirmed>();
        IncludeType<TechnologyTransactionRecorded>();
        IncludeType<TechnologyTransactionReversed>();
        // Every event of a challenge's stream may move its board (the snapshot keeps the pushes to real changes), and
        // the matching's subjects (Matchmaker.Subjects, some of them challenge events) are matched: each type once.
        var challengeEvents = typeof(ChallengeEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ChallengeEvent)) && !t.IsAbstract);
        foreach (var type in challengeEvents.Union(Matchmaker.Subjects))
        {
            IncludeType(type);
        }
    }

    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var timeline = _logger.IsEnabled(LogLevel.Debug) ? new PushTimeline() : null; // kept only for its debug line
        var outbox = new NotificationOutbox(_push, _logger, page.Events.Count > 0 ? page.Events[^1].Timestamp : null, timeline);
        var boards = new HashSet<Guid>();
        foreach (var e in page.Events)
        {
            await HandleAsync(e, operations, outbox, boards, timeline, cancellationToken);
        }

        await outbox.TellAsync(operations.DocumentStore, [], cancellationToken);
        if (timeline is { HasMatch: true })
        {
            timeline.Step("last_send");
            _logger.LogDebug("Push timeline: told={Told} {Timeline}", outbox.Told, timeline);
        }

        await _boards.NoteAsync(operations, boards, outbox, cancellationToken);
        _logger.LogDebug("Realtime page of {Events} events through {Sequence}: {Elapsed:0} ms to tell its notices and decide what else to push",
            page.Events.Count, page.SequenceCeiling, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return outbox;
    }

    /// <summary>Queues what one event tells. A matched event's notices (and any queued before it in the page) are
    /// committed with its matches and pushed at once: the user waits for those; the page's progress commits later.</summary>
    private async Task HandleAsync(
        IEvent e, IDocumentOperations operations, NotificationOutbox outbox, HashSet<Guid> boards, PushTimeline? timeline, CancellationToken ct)
    {
        IQuerySession reader = operations;
        switch (e.Data)
        {
            case var data when Matchmaker.Matches(data):
                var found = await MatchesAsync(reader, e, timeline, ct);
                // An accepted need's enterprise is told in the same read as the matched organisations.
                var owner = e.Data is NeedAccepted ? found.Subject?.OrganisationId : null;
                var organisations = found.Told.Where(m => m.CounterpartKind != MatchCounterpartKind.Broker).Select(m => m.CounterpartId).ToHashSet();
                if (owner is { } subjectOwner)
                {
                    organisations.Add(subjectOwner);
                }

                var users = await Recipients.ByOrganisationAsync(reader, organisations, ct);
                foreach (var match in found.Told)
                {
                    IEnumerable<Guid> told = match.CounterpartKind == MatchCounterpartKind.Broker ? [match.CounterpartId] : users[match.CounterpartId];
                    outbox.Notify(told, e.Sequence, NoticeKind.MatchFound, match.Id, match.SubjectTitle, e.Timestamp, new()
                    {
                        ["score"] = match.Score.ToString("0.####", CultureInfo.InvariantCulture),
                        ["subjectKind"] = match.SubjectKind.ToString(),
                        ["subjectId"] = match.SubjectId.ToString(),
                    });
                }

                if (e.Data is NeedAccepted accepted)
                {
                    if (owner is { } enterprise)
                    {
                        outbox.Notify(users[enterprise], e.Sequence, NoticeKind.NeedAccepted, found.Subject!.Id, found.Subject.Title, e.Timestamp);
                    }
                    else
                    {
                        // Withdrawn or closed since, so not matched: its enterprise is still told it was accepted.
                        await NeedDecidedAsync(reader, outbox, e, accepted.NeedId, NoticeKind.NeedAccepted, [], ct);
                    }
                }

                timeline?.Step("recipients");
                await outbox.TellAsync(operations.DocumentStore, found.Changes, ct);
                break;
            case NeedRejected rejected:
                await NeedDecidedAsync(reader, outbox, e, rejected.NeedId, NoticeKind.NeedRejected, new() { ["reason"] = rejected.Reason }, ct);
                break;
            case ExpertAssigned assigned:
                var challenge = await reader.LoadAsync<ChallengeDetails>(assigned.ChallengeId, ct);
                outbox.Notify([assigned.ExpertId], e.Sequence, NoticeKind.ReviewAssigned, assigned.ChallengeId, challenge?.Terms.Title ?? string.Empty, e.Timestamp);
                break;
            case ChallengeAwarded awarded:
                await AwardedAsync(reader, outbox, e, awarded, ct);
                break;
            case BidSubmitted submitted:
                boards.Add(submitted.ChallengeId);
                break;
            case ConsortiumNamed or MembershipConfirmed or MembershipDeclined:
                await JointBidNotices.TellAsync(reader, outbox, e, ct);
                break;
            case ContractDrafted or ContractRevised or ContractSigned or ContractRegistrationRefused or MilestoneAccepted or PaymentConfirmed:
                await ContractNotices.TellAsync(reader, outbox, e, ct);
                break;
            case TechnologyTransactionRecorded or TechnologyTransactionReversed:
                outbox.Ticker(TickerMoved.Of((ContractEvent)e.Data, e.Timestamp, DateTimeOffset.UtcNow));
                break;
            case BidWithdrawn withdrawn when await reader.LoadAsync<BidDetails>(withdrawn.BidId, ct) is { } bid:
                boards.Add(bid.ChallengeId);
                break;
        }

        if (e.Data is ChallengeEvent)
        {
            boards.Add(e.StreamId);
        }
    }

    /// <summary>
    /// The matches of an event to tell, and the changes to append first: the new pairs (and a repriced achievement's
    /// rescored ones). Every match found for this event is told — the new ones and, after a crash between the two commits,
    /// those written the first time, which the matchmaker read with the pairs already known. A rescored pair is not told
    /// again: it was news when it was found.
    /// </summary>
    private async Task<Matchmaker.EventMatches> MatchesAsync(IQuerySession reader, IEvent e, PushTimeline? timeline, CancellationToken ct)
    {
        timeline?.Matching(e.Timestamp);
        var steps = new RankingSteps();
        var found = await _matchmaker.ForEventAsync(reader, e, ct, steps);
        timeline?.Step("matching");
        timeline?.Add(steps.Pairs());
        return found;
    }

    private static async Task NeedDecidedAsync(
        IQuerySession reader, NotificationOutbox outbox, IEvent e, Guid needId, NoticeKind kind, Dictionary<string, string> values, CancellationToken ct)
    {
        if (await reader.LoadAsync<NeedDetails>(needId, ct) is { } need)
        {
            outbox.Notify(await Recipients.OfOrganisationsAsync(reader, [need.OrganisationId], ct), e.Sequence, kind, need.Id, need.Title, e.Timestamp, values);
        }
    }

    /// <summary>Each bidder's own result, to its own users only: won or not, and its rank.</summary>
    private static async Task AwardedAsync(IQuerySession reader, NotificationOutbox outbox, IEvent e, ChallengeAwarded awarded, CancellationToken ct)
    {
        var title = (await reader.LoadAsync<ChallengeDetails>(awarded.ChallengeId, ct))?.Terms.Title ?? string.Empty;
        var bidders = await Recipients.ByOrganisationAsync(reader, [.. awarded.Results.Select(r => r.OrganisationId)], ct);
        foreach (var result in awarded.Results)
        {
            outbox.Notify(bidders[result.OrganisationId], e.Sequence, NoticeKind.AwardResult, awarded.ChallengeId, title, e.Timestamp, new()
            {
                ["won"] = result.Won ? "true" : "false",
                ["rank"] = result.Rank.ToString(CultureInfo.InvariantCulture),
            });
        }
    }
}
