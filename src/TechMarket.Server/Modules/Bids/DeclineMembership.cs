using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Bids;

/// <summary>Why a member declines; the lead reads it.</summary>
public sealed record DeclineMembershipRequest([LongText] string Reason);

public sealed class DeclineMembershipValidator : AbstractValidator<DeclineMembershipRequest>
{
    public DeclineMembershipValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>A member declines its part in a joint bid before the deadline (also after confirming): the bid is not valid
/// at the close unless its lead names the members again without it.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record DeclineMembership(string Reason, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Bid bid, DeclineMembership command, ChallengeDetails challenge)
    {
        if (ActingOrganisation.Refusal(command.Actor, command.Own) is { } suspended)
        {
            return suspended;
        }

        if ((JointBidRules.MemberOnly(bid, command.Actor, out var member)
             ?? BidRules.RequireSubmitted(bid, "declined")
             ?? BidRules.WindowOpen(challenge, command.Now)) is { } refused)
        {
            return refused;
        }

        return member!.Answer == MemberAnswer.Declined
            ? DomainError.Conflict("already-declined", "Your organisation has already declined its part in this bid.")
            : Decision.Accept(new MembershipDeclined(bid.Id, member.OrganisationId, command.Reason.Trim(), command.Actor.UserId, command.Now));
    }
}

public static class DeclineMembershipEndpoint
{
    public static RouteGroupBuilder MapDeclineMembership(this RouteGroupBuilder bids)
    {
        bids.MapPost("/{id:guid}/membership/decline", Handle)
            .RequireAuthorization(Policies.Bidder)
            .Validate<DeclineMembershipRequest>()
            .WithSummary("Decline your organisation's part in a joint bid that names it, with a reason for its lead");
        return bids;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, DeclineMembershipRequest body, [AsParameters] RequestContext request)
    {
        var (session, ct) = (request.Session, request.Cancellation);
        if (await MembershipEndpoints.NamingAsync(request, id) is not { } current)
        {
            return Problems.NotFound("The bid");
        }

        var (challenge, own) = await request.LoadWithOwnAsync<ChallengeDetails>(current.ChallengeId);
        return await BidWrites.ChangeAsync(request, id, challenge!.Id,
            bid => DeclineMembership.Decide(bid, new DeclineMembership(body.Reason, request.Actor, request.Now, own), challenge), _ => TypedResults.NoContent());
    }
}
