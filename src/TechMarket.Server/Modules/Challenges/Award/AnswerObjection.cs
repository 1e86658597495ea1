using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Award;

public sealed record ObjectionAnswerRequest(bool Upheld, [LongText] string Answer);

public sealed class ObjectionAnswerRequestValidator : AbstractValidator<ObjectionAnswerRequest>
{
    public ObjectionAnswerRequestValidator() => RuleFor(r => r.Answer).Reason();
}

/// <summary>
/// The bureau answers each objection, once: upheld sends the challenge back to review (the proposal is withdrawn, and a
/// new one gets a new publicity); dismissed keeps the proposal, with the reason recorded for the objector.
/// </summary>
public sealed record AnswerObjection(Guid ObjectionId, bool Upheld, string Answer, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, AnswerObjection command)
    {
        if (ChallengeRules.CoveringBureauOnly(challenge, command.Actor) is { } forbidden)
        {
            return forbidden;
        }

        if (!challenge.Objections.TryGetValue(command.ObjectionId, out var answered))
        {
            return DomainError.NotFound("no-such-objection", "There is no such objection to this challenge's award.");
        }

        if (answered)
        {
            return DomainError.Conflict("already-answered", "This objection has been answered already.");
        }

        // Upholding withdraws the proposal, so only while one is in publicity; an objection left over from an earlier
        // proposal may still be dismissed (its point was taken when another objection was upheld).
        return command.Upheld && challenge.Status != ChallengeStatus.InPublicity
            ? DomainError.Conflict("invalid-transition", "Only an award in publicity (公示) can be sent back to review.")
            : Decision.Accept(new ObjectionAnswered(
                challenge.Id, command.ObjectionId, command.Upheld, command.Answer.Trim(), command.Actor.UserId, command.Now));
    }
}

public static class AnswerObjectionEndpoint
{
    public static RouteGroupBuilder MapAnswerObjection(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/objections/{objectionId:guid}/answer",
                (Guid id, Guid objectionId, ObjectionAnswerRequest body, [AsParameters] RequestContext request) =>
                    request.Execute<Challenge>(id, "The challenge",
                        c => AnswerObjection.Decide(c, new AnswerObjection(objectionId, body.Upheld, body.Answer, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<ObjectionAnswerRequest>()
            .WithSummary("Answer an objection: upheld sends the challenge back to review, dismissed records the reason");
        return challenges;
    }
}
