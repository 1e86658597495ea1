using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Bids;

/// <summary>Turns a bid request into bid content, taking each attachment's name, size and hash from the stored
/// upload — never from the client — and only uploads of the caller's organisation for this challenge.</summary>
internal static class BidContents
{
    public sealed record Resolved(BidContent? Value, DomainError? Error);

    public static async Task<Resolved> ResolveAsync(IQuerySession session, BidRequest request, Guid challengeId, Actor actor, CancellationToken ct)
    {
        var ids = request.AttachmentIds ?? [];
        var attachments = ids.Count == 0
            ? []
            : (await session.LoadManyAsync<BidAttachment>(ct, ids.ToArray())).ToDictionary(a => a.Id);
        var refs = new List<AttachmentRef>();
        foreach (var (id, index) in ids.Select((id, i) => (id, i)))
        {
            if (!attachments.TryGetValue(id, out var attachment) || !actor.BelongsTo(attachment.OrganisationId) || attachment.ChallengeId != challengeId)
            {
                return new Resolved(null, DomainError.Invalid($"attachmentIds[{index}]", "No such upload of your organisation for this challenge."));
            }

            refs.Add(attachment.ToRef());
        }

        var content = new BidContent(request.TechnicalApproach.Trim(), request.Team.Trim(), request.Budget, request.Schedule.Trim(), refs);
        return new Resolved(content, null);
    }
}
