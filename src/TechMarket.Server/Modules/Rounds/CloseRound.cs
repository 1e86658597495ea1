using FluentValidation;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Rounds;

public sealed record CloseRoundRequest([LongText] string Reason);

public sealed class CloseRoundValidator : AbstractValidator<CloseRoundRequest>
{
    public CloseRoundValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>The bureau that opened a round closes it before its closing date, with a reason.</summary>
public sealed record CloseRound(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(CollectionRound round, CloseRound command)
    {
        if (command.Actor.Jurisdiction != round.Bureau || !command.Actor.IsIn(Roles.Bureau))
        {
            return DomainError.Forbidden("not-your-round", "Only the bureau that opened the round may close it.");
        }

        return round.StatusOn(command.Now.DateInChina()) == RoundStatus.Closed
            ? DomainError.Conflict("round-closed", "The round is already closed.")
            : Decision.Accept(new RoundClosedEarly(round.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
    }
}

public static class CloseRoundEndpoint
{
    public static RouteGroupBuilder MapCloseRound(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/close", (Guid id, CloseRoundRequest body, [AsParameters] RequestContext request) =>
                request.Execute<CollectionRound>(id, "The round", round => CloseRound.Decide(round, new CloseRound(body.Reason, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<CloseRoundRequest>()
            .WithSummary("Close a collection round before its closing date, with a reason");
        return group;
    }
}
