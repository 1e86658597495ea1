using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges.Review;

namespace TechMarket.Server.Modules.Challenges.Award;

public sealed record StageGateRequest(IReadOnlyList<StageDecision> Decisions);

/// <summary>The shape of a gate's decisions; which teams they must cover is the race's, so the decision's.</summary>
public sealed class StageGateRequestValidator : AbstractValidator<StageGateRequest>
{
    public StageGateRequestValidator()
    {
        RuleFor(r => r.Decisions).Must(d => d.Select(x => x.BidId).Distinct().Count() == d.Count).WithMessage("Decide on each team once.");
        RuleForEach(r => r.Decisions).ChildRules(decision =>
        {
            decision.RuleFor(d => d.Outcome).IsInEnum().WithMessage("An outcome is either Continue or Eliminate.");
            decision.RuleFor(d => d.Note).Must(n => n is null || n.Trim().Length <= ReviewRules.MaxCommentLength)
                .WithMessage($"A note must be at most {ReviewRules.MaxCommentLength} characters.");
        });
    }
}

/// <summary>
/// 赛马制 stage gate: after stage N the bureau continues or eliminates each team still in the race. Gates are
/// reviewed in order, once each; an eliminated team gets no further stage (and no further funding).
/// </summary>
public sealed record ReviewStageGate(int Stage, IReadOnlyList<StageDecision> Decisions, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, ReviewStageGate command) =>
        ChallengeRules.CoveringBureauOnly(challenge, command.Actor)
        ?? (challenge.Terms.Mode == ChallengeMode.HorseRace
            ? null
            : DomainError.Conflict("not-a-horse-race", "Only a horse race (赛马制) has stage gates."))
        ?? ChallengeRules.RequireStatus(challenge, "pass a stage gate", ChallengeStatus.Awarded, ChallengeStatus.InProgress)
        ?? NextStageOnly(challenge, command.Stage)
        ?? CoversTeamsInRace(challenge, command.Decisions)
        ?? Decision.Accept(new StageGateReviewed(
            challenge.Id, command.Stage, [.. command.Decisions.Select(d => d with { Note = ReviewRules.Comment(d.Note) })], command.Actor.UserId, command.Now));

    /// <summary>The winners not yet eliminated, best rank first.</summary>
    public static IReadOnlyList<BidResult> TeamsInRace(Challenge challenge) =>
        [.. challenge.Results.Where(r => r.Won && !challenge.Eliminated.Contains(r.BidId)).OrderBy(r => r.Rank)];

    private static DomainError? NextStageOnly(Challenge challenge, int stage)
    {
        var stages = challenge.Terms.Stages.Count;
        if (challenge.StagesReviewed >= stages)
        {
            return DomainError.Conflict("all-stages-reviewed", $"All {stages} stage gates of this challenge have been reviewed.");
        }

        var next = challenge.StagesReviewed + 1;
        return stage == next
            ? null
            : DomainError.Conflict("wrong-stage", $"Stage gates are reviewed in order; the next is stage {next} of {stages}, not {stage}.");
    }

    private static DomainError? CoversTeamsInRace(Challenge challenge, IReadOnlyList<StageDecision> decisions)
    {
        var eliminated = challenge.Results.Where(r => challenge.Eliminated.Contains(r.BidId) && decisions.Any(d => d.BidId == r.BidId)).ToList();
        if (eliminated.Count > 0)
        {
            return DomainError.Conflict(
                "team-eliminated", $"An eliminated team gets no further stage: {string.Join(", ", eliminated.Select(r => r.Label))}.");
        }

        var inRace = TeamsInRace(challenge);
        var problems = new List<string>();
        var missing = inRace.Where(r => !decisions.Any(d => d.BidId == r.BidId)).Select(r => r.Label).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"Decide on every team still in the race; missing: {string.Join(", ", missing)}.");
        }

        if (decisions.Any(d => !inRace.Any(r => r.BidId == d.BidId)))
        {
            problems.Add("A decision names a bid that is not a team in this race.");
        }

        return problems.Count == 0
            ? null
            : new DomainError(ErrorKind.Invalid, "validation", problems[0], new Dictionary<string, string[]> { ["decisions"] = [.. problems] });
    }
}

public static class ReviewStageGateEndpoint
{
    public static RouteGroupBuilder MapReviewStageGate(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/stages/{stage:int}/gate", (Guid id, int stage, StageGateRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge",
                    c => ReviewStageGate.Decide(c, new ReviewStageGate(stage, body.Decisions, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<StageGateRequest>()
            .WithSummary("赛马制 stage gate: continue or eliminate each team still in the race");
        return challenges;
    }
}
