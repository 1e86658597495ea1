using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenIddict.Abstractions;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Bids;

namespace TechMarket.CrudPeer;

/// <summary>
/// The sealed-bid submission as most teams would write it: read the challenge and the organisation (compiled, no
/// tracking), check the same rules, insert one row and let the unique (challenge, organisation) index refuse a second
/// bid. Same URL, body, token, validator, commitment and receipt as the server.
/// </summary>
public static class SubmitBidEndpoint
{
    private static readonly Func<PeerDb, Guid, CancellationToken, Task<PeerChallenge?>> ChallengeById =
        EF.CompileAsyncQuery((PeerDb db, Guid id, CancellationToken _) => db.Challenges.AsNoTracking().FirstOrDefault(c => c.Id == id));

    private static readonly Func<PeerDb, Guid, CancellationToken, Task<PeerOrganisation?>> OrganisationById =
        EF.CompileAsyncQuery((PeerDb db, Guid id, CancellationToken _) => db.Organisations.AsNoTracking().FirstOrDefault(o => o.Id == id));

    public static void MapSubmitBid(this WebApplication app) =>
        app.MapPost("/api/challenges/{id:guid}/bids", Handle).RequireAuthorization(Policies.Bidder);

    private static async Task<Results<Ok<BidReceipt>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, BidRequest body, ClaimsPrincipal user, PeerDb db, IValidator<BidRequest> validator, TimeProvider clock, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(body, ct);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.ToDictionary());
        }

        if (body.AttachmentIds is { Count: > 0 })
        {
            return Problem(400, "This peer takes bids without attachments.");
        }

        var organisationId = Guid.Parse(user.GetClaim(TechMarketClaims.Organisation)!);
        var challenge = await ChallengeById(db, id, ct);
        if (challenge is null)
        {
            return Problem(404, "The challenge was not found.");
        }

        var organisation = await OrganisationById(db, organisationId, ct);
        var now = clock.GetUtcNow();
        if (organisation is not { Status: "Approved" } || !challenge.EligibleKinds.Contains(organisation.Kind) || challenge.FunderIds.Contains(organisation.Id))
        {
            return Problem(403, "Your organisation may not bid on this challenge.");
        }

        if (challenge.Status != "Published" || now < challenge.OpensAt || now >= challenge.ClosesAt)
        {
            return Problem(409, "Bidding on this challenge is not open.");
        }

        if (body.Budget > challenge.Bounty)
        {
            return Problem(400, "The budget exceeds the bounty.");
        }

        var content = new BidContent(body.TechnicalApproach.Trim(), body.Team.Trim(), body.Budget, body.Schedule.Trim(), []);
        var salt = BidCommitment.NewSalt();
        var bid = new PeerBid
        {
            Id = Guid.CreateVersion7(), ChallengeId = id, OrganisationId = organisation.Id,
            TechnicalApproach = content.TechnicalApproach, Team = content.Team, Budget = content.Budget, Schedule = content.Schedule,
            Salt = salt, Commitment = BidCommitment.Compute(id, organisation.Id, content, salt),
            SubmittedBy = Guid.Parse(user.GetClaim(OpenIddictConstants.Claims.Subject)!), SubmittedAt = now,
        };
        db.Bids.Add(bid);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problem(409, "Your organisation already has a bid on this challenge.");
        }

        return TypedResults.Ok(new BidReceipt(bid.Id, id, bid.Commitment, now));
    }

    private static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(detail, statusCode: status);
}
