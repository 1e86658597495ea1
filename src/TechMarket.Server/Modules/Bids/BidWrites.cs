using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// What every bid write carries besides its events: it passes the challenge's bidding gate in its own transaction,
/// and holds the uploads its content refers to. Either failing in the database turns into the refusal a bidder
/// understands, with nothing written.
/// </summary>
internal static class BidWrites
{
    /// <summary>Queues the gate (and the holds) with an accepted decision, in the session that will append it.</summary>
    public static Decision ThroughGate(IDocumentSession session, Guid challengeId, Decision decision)
    {
        if (!decision.IsRefused)
        {
            BiddingGate.Pass(session, challengeId);
            BidAttachments.Hold(session, [.. decision.Events.Select(ContentOf).OfType<BidContent>().SelectMany(c => c.Attachments).Select(a => a.AttachmentId)]);
        }

        return decision;
    }

    /// <summary>What commits with a bid's events: its members' participant rows as the events leave them.</summary>
    public static Func<Bid, Decision, Task> TrackParticipants(IDocumentSession session) => (bid, decision) =>
    {
        BidParticipant.Track(session, bid, decision.Events);
        return Task.CompletedTask;
    };

    /// <summary>A command on an existing bid: decided through the challenge's gate, appended with the participant rows
    /// it leaves, and a refusal from the database (gate closed, upload gone, a participant's race lost) turned into its
    /// problem.</summary>
    public static Task<Results<TAnswer, ValidationProblem, ProblemHttpResult>> ChangeAsync<TAnswer>(
        RequestContext request, Guid bidId, Guid challengeId, Func<Bid, Decision> decide, Func<Decision, TAnswer> answer)
        where TAnswer : IResult =>
        GuardedAsync(() => request.Execute<Bid, TAnswer>(bidId, "The bid", bid => ThroughGate(request.Session, challengeId, decide(bid)), answer,
            TrackParticipants(request.Session)));

    public static async Task<Results<TAnswer, ValidationProblem, ProblemHttpResult>> GuardedAsync<TAnswer>(
        Func<Task<Results<TAnswer, ValidationProblem, ProblemHttpResult>>> write)
        where TAnswer : IResult
    {
        try
        {
            return await write();
        }
        catch (Exception e) when (BiddingGate.IsClosed(e))
        {
            return Problems.Refuse<TAnswer>(BidRules.Closed);
        }
        catch (Exception e) when (BidAttachments.IsGone(e))
        {
            return Problems.Refuse<TAnswer>(DomainError.Invalid("attachmentIds", "An upload this bid refers to was removed as unused; upload it again."));
        }
        catch (Exception e) when (BidParticipant.IsTaken(e))
        {
            // A participant row lost its race: the organisation took its part in another bid at the same moment.
            return Problems.Refuse<TAnswer>(JointBidRules.AlreadyInABid);
        }
    }

    private static BidContent? ContentOf(object e) => e switch
    {
        BidSubmitted x => x.Content,
        BidAmended x => x.Content,
        _ => null,
    };
}
