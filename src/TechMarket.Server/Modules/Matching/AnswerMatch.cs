using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Matching;

public sealed record AnswerMatchRequest(MatchAnswer Answer);

/// <summary>One side of a match follows it up or dismisses it. No If-Match: an answer does not depend on what the
/// caller saw, and sending the same answer again changes nothing.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record AnswerMatch(Guid MatchId, MatchAnswer Answer, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Match match, AnswerMatch command)
    {
        if (ActingOrganisation.Refusal(command.Actor, command.Own) is { } suspended)
        {
            return suspended;
        }

        if (MatchSides.SideOf(match, command.Actor) is not { } side)
        {
            return DomainError.NotFound("not-found", "The match was not found.");
        }

        var current = side == MatchSide.Subject ? match.SubjectAnswer : match.CounterpartAnswer;
        return current == command.Answer
            ? Decision.Accept()
            : Decision.Accept(new MatchAnswered(match.Id, side, command.Answer, command.Actor.UserId, command.Now));
    }
}

public static class AnswerMatchEndpoint
{
    public static RouteGroupBuilder MapAnswerMatch(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/answer", Handle)
            .RequireAuthorization(Policies.User)
            .WithoutVersionETag() // the version counts the other side's answers too
            .WithSummary("Follow a match up (跟进) or dismiss it, as either side");
        return group;
    }

    private static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(Guid id, AnswerMatchRequest body, [AsParameters] RequestContext request)
    {
        var command = new AnswerMatch(id, body.Answer, request.Actor, request.Now);
        return request.Execute<Match, Organisation?>(id, "The match", request.OwnOrganisation(), (match, own) => AnswerMatch.Decide(match, command with { Own = own }));
    }
}
