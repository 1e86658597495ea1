using Marten;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;

namespace TechMarket.Server.Modules.Bids;

/// <summary>Answers which uploads a delivery may name: the winner's own, for the same challenge, held like a bid's.</summary>
internal sealed class DeliveryUploads : IDeliveryFiles
{
    public async Task<IReadOnlyDictionary<Guid, DeliveredFile>> OfAsync(
        IQuerySession session, Guid challengeId, Guid organisationId, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        ids.Count == 0
            ? new Dictionary<Guid, DeliveredFile>()
            : (await session.LoadManyAsync<BidAttachment>(ct, [.. ids]))
                .Where(a => a.ChallengeId == challengeId && a.OrganisationId == organisationId)
                .ToDictionary(a => a.Id, a => new DeliveredFile(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256));

    public void Hold(IDocumentSession session, IReadOnlyList<Guid> ids) => BidAttachments.Hold(session, ids);

    public bool IsGone(Exception exception) => BidAttachments.IsGone(exception);
}
