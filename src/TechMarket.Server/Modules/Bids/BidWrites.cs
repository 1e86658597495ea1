using Marten;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// What every bid write carries besides its events: it passes the challenge's bidding gate in its own transaction,
/// and holds the uploads it refers to. Either failing in the database turns into the refusal a bidder understands,
/// with nothing written.
/// </summary>
internal static class BidWrites
{
    /// <summary>Queues the gate (and the holds) with an accepted decision, in the session that will append it.</summary>
    public static Decision ThroughGate(IDocumentSession session, Guid challengeId, Decision decision, BidContent? content = null)
    {
        if (!decision.IsRefused)
        {
            BiddingGate.Pass(session, challengeId);
            BidAttachments.Hold(session, content?.Attachments.Select(a => a.AttachmentId).ToList() ?? []);
        }

        return decision;
    }

    public static async Task<IResult> GuardedAsync(Func<Task<IResult>> write)
    {
        try
        {
            return await write();
        }
        catch (Exception e) when (BiddingGate.IsClosed(e))
        {
            return Problems.From(BidRules.Closed);
        }
        catch (Exception e) when (BidAttachments.IsGone(e))
        {
            return Problems.From(DomainError.Invalid("attachmentIds", "An upload this bid refers to was removed as unused; upload it again."));
        }
    }
}
