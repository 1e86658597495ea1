using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Matching;

public sealed record AnswerMatchRequest(MatchAnswer Answer);

/// <summary>One side of a match follows it up or dismisses it. No If-Match: an answer does not depend on what the
/// caller saw, and sending the same answer again changes nothing.</summary>
public sealed record AnswerMatch(Guid MatchId, MatchAnswer Answer, Actor Actor, DateTimeOffset Now);

public static class AnswerMatchOperation
{
    /// <summary>Which side of the match the caller is on: the counterpart (its organisation, or the broker itself), or
    /// the subject (the need's enterprise, the achievement's university, the challenge's bureau); null for anyone else.
    /// A broker's match is the broker's alone: what a broker follows is its own business, so the subject's side never
    /// sees, nor answers, the matches that tell brokers about what it published.</summary>
    public static MatchSide? SideOf(Match match, Actor actor)
    {
        if (match.CounterpartKind == MatchCounterpartKind.Broker)
        {
            return actor.IsIn(Roles.Broker) && actor.UserId == match.CounterpartId ? MatchSide.Counterpart : null;
        }

        if (SpeaksFor(actor, match.CounterpartId))
        {
            return MatchSide.Counterpart;
        }

        var subject = match.SubjectOrganisationId is { } organisation
            ? SpeaksFor(actor, organisation)
            : match.SubjectKind == MatchSubjectKind.Challenge && actor.Covers(match.SubjectDistrict);
        return subject ? MatchSide.Subject : null;
    }

    /// <summary>An organisation's enterprise or university users answer for it — not, say, an expert it employs.</summary>
    public static bool SpeaksFor(Actor actor, Guid organisation) =>
        (actor.IsIn(Roles.University) || actor.IsIn(Roles.Enterprise)) && actor.BelongsTo(organisation);

    public static Decision Decide(Match match, AnswerMatch command)
    {
        if (SideOf(match, command.Actor) is not { } side)
        {
            return DomainError.NotFound("not-found", "The match was not found.");
        }

        var current = side == MatchSide.Subject ? match.SubjectAnswer : match.CounterpartAnswer;
        return current == command.Answer
            ? Decision.Accept()
            : Decision.Accept(new MatchAnswered(match.Id, side, command.Answer, command.Actor.UserId, command.Now));
    }

    public static RouteGroupBuilder MapAnswerMatch(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/answer", (Guid id, AnswerMatchRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var command = new AnswerMatch(id, request.Answer, actor, clock.GetUtcNow());
                return session.Execute<Match>(http, id, "The match", match => Decide(match, command), ct);
            })
            .RequireAuthorization(Policies.User)
            .WithoutVersionETag() // the version counts the other side's answers too
            .WithSummary("Follow a match up (跟进) or dismiss it, as either side");
        return group;
    }
}
