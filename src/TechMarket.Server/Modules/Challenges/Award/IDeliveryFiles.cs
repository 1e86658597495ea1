using Marten;

namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>
/// The uploads a delivery names, asked of the bids module, which keeps uploads (Bids depends on Challenges, never the
/// reverse). The session is the caller's: the hold joins the write that appends the delivery.
/// </summary>
public interface IDeliveryFiles
{
    /// <summary>The organisation's uploads for the challenge among <paramref name="ids"/>, by id; others are left out.</summary>
    Task<IReadOnlyDictionary<Guid, DeliveredFile>> OfAsync(IQuerySession session, Guid challengeId, Guid organisationId, IReadOnlyList<Guid> ids, CancellationToken ct);

    /// <summary>Queued into the write: keeps the uploads from being swept as unused until it commits, or fails it.</summary>
    void Hold(IDocumentSession session, IReadOnlyList<Guid> ids);

    /// <summary>Whether a write failed because an upload it held was swept first.</summary>
    bool IsGone(Exception exception);
}
