using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// Downloads, streamed from the content store. The bidder (and, after close, the bureau) fetch a file by its id
/// under its own name; a reviewer fetches it by challenge, label and number under a neutral name (附件1.pdf), so
/// nothing in the request or the answer identifies the file or who uploaded it.
/// </summary>
public static class AttachmentDownloads
{
    public static RouteGroupBuilder MapAttachmentById(this RouteGroupBuilder bids)
    {
        bids.MapGet("/attachments/{id:guid}", ByIdAsync).RequireAuthorization(Policies.User)
            .WithSummary("Download one of your uploads (the bureau: an attachment of a revealed bid)");
        return bids;
    }

    public static RouteGroupBuilder MapAttachmentByLabel(this RouteGroupBuilder challenges)
    {
        challenges.MapGet("/{id:guid}/bids/{label}/attachments/{number:int}", ByLabelAsync).RequireAuthorization(Policies.User)
            .WithSummary("Download attachment N of the bid with this label, under a neutral name (reviewers and the bureau, after close)");
        return challenges;
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ByIdAsync(
        Guid id, Actor actor, IQuerySession session, IAttachmentContent contents, HttpContext http, CancellationToken ct)
    {
        ChallengeDetails? challenge = null;
        var attachment = await session.Query<BidAttachment>().Include<ChallengeDetails>(a => a.ChallengeId, c => challenge = c)
            .Where(a => a.Id == id).SingleOrDefaultAsync(ct);
        if (attachment is null || challenge is null)
        {
            return Problems.NotFound("The attachment");
        }

        if (!actor.BelongsTo(attachment.OrganisationId))
        {
            if (challenge.ClosedAt is null || !ChallengeVisibility.IsBureauOf(challenge, actor))
            {
                return Problems.NotFound("The attachment");
            }

            var bid = await session.Query<BidDetails>()
                .Where(b => b.ChallengeId == attachment.ChallengeId && b.OrganisationId == attachment.OrganisationId).SingleOrDefaultAsync(ct);
            if (bid is null || bid.Content.Attachments.All(a => a.AttachmentId != id) || BidQueries.Visible(bid, challenge, actor) is null)
            {
                return Problems.NotFound("The attachment");
            }
        }

        return await StreamAsync(contents, http, id, attachment.ContentType, attachment.FileName, ct);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ByLabelAsync(
        Guid id, string label, int number, Actor actor, IQuerySession session, IAttachmentContent contents, HttpContext http, CancellationToken ct)
    {
        var challenge = await session.LoadAsync<ChallengeDetails>(id, ct);
        var commitment = challenge?.Commitments.FirstOrDefault(c => c.Label == label);
        var bid = commitment is null ? null : await session.LoadAsync<BidDetails>(commitment.BidId, ct);
        if (challenge is null || bid is null || BidQueries.Visible(bid, challenge, actor) is null || number < 1 || number > bid.Content.Attachments.Count)
        {
            return Problems.NotFound("The attachment");
        }

        var attachment = bid.Content.Attachments[number - 1];
        return await StreamAsync(contents, http, attachment.AttachmentId, attachment.ContentType, BidViewing.BlindName(number, attachment.FileName), ct);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> StreamAsync(
        IAttachmentContent contents, HttpContext http, Guid id, string contentType, string downloadName, CancellationToken ct)
    {
        if (await contents.OpenReadAsync(id, ct) is not { } stream)
        {
            return Problems.NotFound("The attachment");
        }

        // Served as what its bytes were checked to be, never sniffed into something else by a browser.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(stream, contentType, downloadName);
    }
}
