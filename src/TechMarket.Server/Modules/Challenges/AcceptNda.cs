using System.Globalization;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>Staged disclosure: a user accepts the challenge's NDA terms for their organisation, which unlocks the
/// confidential details for it. The details are for bidding, so only an organisation eligible to bid unlocks them, and
/// only while bidding is open; a funding enterprise may at any time after publication (the bureau always reads them).
/// Every unlock is logged for the enterprises and the bureau to see.</summary>
public sealed record AcceptNda(Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, AcceptNda command, Organisation? organisation)
    {
        var actor = command.Actor;
        if (ActingOrganisation.Refusal(actor, organisation) is { } suspended)
        {
            return suspended;
        }

        if (organisation is null || !actor.BelongsTo(organisation.Id) || !organisation.IsApproved)
        {
            return DomainError.Forbidden("no-approved-organisation", "Only users of an approved organisation can accept the NDA.");
        }

        var funder = challenge.IsFundedBy(organisation.Id);

        // A draft is invisible to everyone but its bureau and funders: to anyone else it does not exist.
        if (challenge.Status is ChallengeStatus.Draft && !funder)
        {
            return DomainError.NotFound("not-found", "The challenge was not found.");
        }

        if (challenge.Status is ChallengeStatus.Draft or ChallengeStatus.Cancelled)
        {
            return DomainError.Conflict("invalid-transition", "The challenge is not published.");
        }

        // Accepting twice unlocks nothing new and logs nothing new.
        if (challenge.NdaOrganisations.Contains(organisation.Id))
        {
            return Decision.Accept();
        }

        return (funder ? null : challenge.Terms.Eligibility.Refuses(organisation) ?? BiddingOpen(challenge, command.Now))
            ?? Decision.Accept(new NdaAccepted(challenge.Id, organisation.Id, organisation.Name, actor.UserId, actor.Name, command.Now));
    }

    private static DomainError? BiddingOpen(Challenge challenge, DateTimeOffset now)
    {
        if (challenge.Status == ChallengeStatus.Published && now < challenge.Terms.OpensAt)
        {
            return DomainError.Conflict("bidding-not-open", string.Create(CultureInfo.InvariantCulture,
                $"Bidding opens at {challenge.Terms.OpensAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC; the confidential details unlock then."));
        }

        return challenge.Status == ChallengeStatus.Published && now < challenge.Terms.ClosesAt
            ? null
            : DomainError.Conflict("bidding-closed", "Bidding on this challenge is closed; its confidential details unlock only while bidding is open.");
    }
}

public static class AcceptNdaEndpoint
{
    public static RouteGroupBuilder MapAcceptNda(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/nda", (Guid id, [AsParameters] RequestContext request) =>
                request.Execute<Challenge, Organisation?>(id, "The challenge", request.OwnOrganisation(),
                    (c, organisation) => AcceptNda.Decide(c, new AcceptNda(request.Actor, request.Now), organisation)))
            .RequireAuthorization(Policies.User)
            .WithoutVersionETag()
            .WithSummary("Accept the NDA terms: unlocks the confidential details for your organisation");
        return group;
    }
}
