using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Challenges.Award;

public sealed record ObjectionRequest([LongText] string Reason);

public sealed class ObjectionRequestValidator : AbstractValidator<ObjectionRequest>
{
    public ObjectionRequestValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>What an objection's author gets back: the id the bureau's answer will refer to.</summary>
public sealed record ObjectionReceipt(Guid ObjectionId);

/// <summary>异议: during the publicity any organisation whose bid was ranked may object to the proposed award, with a
/// reason. Only the bureau and the objector read it.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record LodgeObjection(Guid ObjectionId, string Reason, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Challenge challenge, LodgeObjection command)
    {
        if (ActingOrganisation.Refusal(command.Actor, command.Own) is { } suspended)
        {
            return suspended;
        }

        if (command.Actor.OrganisationId is not { } organisation || !challenge.Results.Any(r => r.OrganisationId == organisation))
        {
            return DomainError.Forbidden("not-a-bidder", "Only an organisation that bid on this challenge may object to its award.");
        }

        if (ChallengeRules.RequireStatus(challenge, "take objections", ChallengeStatus.InPublicity) is { } wrongStatus)
        {
            return wrongStatus;
        }

        return command.Now < challenge.PublicityEndsAt
            ? Decision.Accept(new ObjectionLodged(challenge.Id, command.ObjectionId, organisation, command.Reason.Trim(), command.Actor.UserId, command.Now))
            : DomainError.Conflict("publicity-over", "The publicity (公示) of this award is over; objections are no longer taken.");
    }
}

public static class LodgeObjectionEndpoint
{
    public static RouteGroupBuilder MapLodgeObjection(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/objections", (Guid id, ObjectionRequest body, [AsParameters] RequestContext request) =>
            {
                var command = new LodgeObjection(Guid.CreateVersion7(), body.Reason, request.Actor, request.Now);
                return request.Execute<Challenge, Organisation?, Ok<ObjectionReceipt>>(id, "The challenge", request.OwnOrganisation(),
                    (c, own) => LodgeObjection.Decide(c, command with { Own = own }), _ => TypedResults.Ok(new ObjectionReceipt(command.ObjectionId)));
            })
            .RequireAuthorization(Policies.SignedIn)
            .Validate<ObjectionRequest>()
            .WithSummary("异议: object to a proposed award during its publicity (公示), with a reason");
        return challenges;
    }
}
