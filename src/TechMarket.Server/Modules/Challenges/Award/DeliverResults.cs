using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>The delivered results: a report and the uploads (POST /api/challenges/{id}/attachments) that go with it.</summary>
public sealed record DeliverResultsRequest([LongText] string Report, IReadOnlyList<Guid> AttachmentIds);

public sealed class DeliverResultsValidator : AbstractValidator<DeliverResultsRequest>
{
    public const int MaxFiles = 10;

    public DeliverResultsValidator()
    {
        RuleFor(r => r.Report).NotEmpty().TrimmedLength(10, 10_000);
        RuleFor(r => r.AttachmentIds).Must(ids => ids.Count <= MaxFiles && ids.Distinct().Count() == ids.Count)
            .WithMessage($"Name up to {MaxFiles} different uploads.");
    }
}

/// <summary>
/// 成果交付: a winning team still in the race submits its results — a report and files — for the funders to judge
/// (市场判题 accepts a single winner only on a delivery, and a horse race's adopted team must have delivered). A team
/// may deliver again until a funder has accepted; after a rejection and a resumption it delivers afresh.
/// </summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record DeliverResults(Guid DeliveryId, string Report, IReadOnlyList<DeliveredFile> Files, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Challenge challenge, DeliverResults command)
    {
        if (ActingOrganisation.Refusal(command.Actor, command.Own) is { } suspended)
        {
            return suspended;
        }

        var team = command.Actor.OrganisationId is { } organisation
            ? ReviewStageGate.TeamsInRace(challenge).FirstOrDefault(r => r.OrganisationId == organisation)
            : null;
        if (team is null)
        {
            return DomainError.Forbidden("not-a-winner", "Only a winning team still in the race delivers results for this challenge.");
        }

        return ChallengeRules.RequireStatus(challenge, "take a delivery", ChallengeStatus.Awarded, ChallengeStatus.InProgress)
            ?? (challenge.AcceptedBy.IsEmpty
                ? null
                : DomainError.Conflict("judging-started", "A funder has already accepted the results; the delivery can no longer change."))
            ?? Decision.Accept(new ResultsDelivered(
                challenge.Id, command.DeliveryId, team.BidId, team.Label, team.OrganisationId, command.Report.Trim(), command.Files, command.Actor.UserId, command.Now));
    }
}

public static class DeliverResultsEndpoint
{
    public static RouteGroupBuilder MapDeliverResults(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/delivery", DeliverAsync)
            .RequireAuthorization(Policies.Bidder)
            .Validate<DeliverResultsRequest>()
            .WithSummary("成果交付: a winning team submits its results — a report and uploaded files — for the funders to judge");
        return challenges;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeliverAsync(
        Guid id, DeliverResultsRequest body, IDeliveryFiles uploads, [AsParameters] RequestContext request)
    {
        var organisation = request.Actor.OrganisationId ?? Guid.Empty;
        var found = await uploads.OfAsync(request.Session, id, organisation, body.AttachmentIds, request.Cancellation);
        if (body.AttachmentIds.Any(a => !found.ContainsKey(a)))
        {
            return Problems.Refuse<NoContent>(DomainError.Invalid("attachmentIds", "Name only uploads of your organisation for this challenge."));
        }

        var files = body.AttachmentIds.Select(a => found[a]).ToList();
        var command = new DeliverResults(Guid.NewGuid(), body.Report, files, request.Actor, request.Now);
        try
        {
            return await request.Execute<Challenge, Organisation?>(id, "The challenge", request.OwnOrganisation(), (c, own) =>
            {
                var decision = DeliverResults.Decide(c, command with { Own = own });
                if (!decision.IsRefused)
                {
                    uploads.Hold(request.Session, body.AttachmentIds);
                }

                return decision;
            });
        }
        catch (Exception e) when (uploads.IsGone(e))
        {
            return Problems.Refuse<NoContent>(DomainError.Invalid("attachmentIds", "An upload this delivery names was removed as unused; upload it again."));
        }
    }
}
