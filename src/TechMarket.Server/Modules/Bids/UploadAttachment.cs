using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// Uploads a file for a bid: admitted first (who, while bidding is open, within the quota), then read as a stream by
/// <see cref="FileUploads"/> and streamed on into the content store. Memory holds a buffer, never the file.
/// </summary>
public static class UploadAttachment
{
    public static RouteGroupBuilder MapUploadAttachment(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/attachments", UploadAsync)
            .RequireAuthorization(Policies.Bidder)
            .RefusesIfMatch()
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Upload a file for your bid (sealed like the bid; PDF, Office, PNG, JPEG or ZIP, checked from its bytes; 5 MiB at most)");
        return challenges;
    }

    private static async Task<Results<Created<AttachmentRef>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        Guid id, Actor actor, HttpRequest request, IDocumentSession session, IAttachmentContent contents, IOptions<AttachmentOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var limits = options.Value;
        var organisationId = actor.OrganisationId!.Value;
        var batch = session.CreateBatchQuery();
        var loadingChallenge = batch.Load<ChallengeDetails>(id);
        var loadingOrganisation = batch.Load<Organisation>(organisationId);
        var loadingHeld = batch.Query<BidAttachment>().Where(a => a.ChallengeId == id && a.OrganisationId == organisationId).Select(a => a.Size).ToList();
        await batch.Execute(ct);
        if (await loadingChallenge is not { } challenge)
        {
            return Problems.NotFound("The challenge");
        }

        if (UploadRules.Admit(challenge, await loadingOrganisation, actor, await loadingHeld, limits, clock.GetUtcNow()) is { } refused)
        {
            return Problems.Refuse<Created<AttachmentRef>>(refused);
        }

        var (received, problem) = await FileUploads.ReceiveAsync(request, limits.MaxFileBytes, ct);
        if (received is null)
        {
            return problem!.As<Created<AttachmentRef>>();
        }

        await using var file = received;
        var attachment = new BidAttachment
        {
            Id = Guid.NewGuid(), ChallengeId = id, OrganisationId = organisationId, FileName = file.FileName,
            ContentType = file.ContentType, Size = file.Size, Sha256 = file.Sha256, UploadedAt = clock.GetUtcNow(),
        };
        await contents.WriteAsync(attachment.Id, file.Content, attachment.UploadedAt, ct);
        if (await RecordAsync(session, attachment, limits, ct) is { } full)
        {
            await contents.DeleteAsync([attachment.Id], ct);
            return Problems.Refuse<Created<AttachmentRef>>(full);
        }

        return TypedResults.Created($"/api/bids/attachments/{attachment.Id}", attachment.ToRef());
    }

    /// <summary>The quota is checked again under a lock per organisation and challenge, so that two uploads at once
    /// cannot both squeeze past it; the metadata is written in that transaction.</summary>
    private static async Task<DomainError?> RecordAsync(IDocumentSession session, BidAttachment attachment, AttachmentOptions limits, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) x", ct, $"upload/{attachment.ChallengeId}/{attachment.OrganisationId}");
        var held = await session.Query<BidAttachment>()
            .Where(a => a.ChallengeId == attachment.ChallengeId && a.OrganisationId == attachment.OrganisationId).Select(a => a.Size).ToListAsync(ct);
        if (UploadRules.Quota(held, attachment.Size, limits) is { } full)
        {
            return full;
        }

        session.Store(attachment);
        await session.SaveChangesAsync(ct);
        return null;
    }
}
