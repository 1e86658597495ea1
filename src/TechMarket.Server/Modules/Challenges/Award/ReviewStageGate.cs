using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges.Review;

namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>ReallocationReason: give what the teams eliminated here were not yet released to the teams continued here,
/// with this reason, instead of returning it to the funders.</summary>
public sealed record StageGateRequest(IReadOnlyList<StageDecision> Decisions, [LongText] string? ReallocationReason = null);

/// <summary>The shape of a gate's decisions; which teams they must cover is the race's, so the decision's.</summary>
public sealed class StageGateRequestValidator : AbstractValidator<StageGateRequest>
{
    public StageGateRequestValidator()
    {
        RuleFor(r => r.Decisions).Must(d => d.Select(x => x.BidId).Distinct().Count() == d.Count).WithMessage("Decide on each team once.");
        RuleFor(r => r.ReallocationReason).Reason().When(r => r.ReallocationReason is not null);
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
/// reviewed in order, once each; an eliminated team gets no further stage (and no further funding). What it was awarded
/// but not released is returned to the funders — or, when the bureau gives a reason, re-allocated in equal parts to the
/// teams it continues at this gate, released to them at once.
/// </summary>
public sealed record ReviewStageGate(int Stage, IReadOnlyList<StageDecision> Decisions, Actor Actor, DateTimeOffset Now, string? ReallocationReason = null)
{
    public static Decision Decide(Challenge challenge, ReviewStageGate command) =>
        ChallengeRules.CoveringBureauOnly(challenge, command.Actor)
        ?? (challenge.Terms.Mode == ChallengeMode.HorseRace
            ? null
            : DomainError.Conflict("not-a-horse-race", "Only a horse race (赛马制) has stage gates."))
        ?? ChallengeRules.RequireStatus(challenge, "pass a stage gate", ChallengeStatus.Awarded, ChallengeStatus.InProgress)
        ?? NextStageOnly(challenge, command.Stage)
        ?? CoversTeamsInRace(challenge, command.Decisions)
        ?? Reallocate(challenge, command, out var reallocation)
        ?? Decision.Accept(new StageGateReviewed(
            challenge.Id, command.Stage, [.. command.Decisions.Select(d => d with { Note = ReviewRules.Comment(d.Note) })], command.Actor.UserId, command.Now,
            reallocation));

    /// <summary>The eliminated teams' unreleased money split equally among the continued ones, the last taking the cents
    /// the split leaves; nothing when the bureau gave no reason.</summary>
    private static DomainError? Reallocate(Challenge challenge, ReviewStageGate command, out Reallocation? reallocation)
    {
        reallocation = null;
        if (command.ReallocationReason is not { } reason)
        {
            return null;
        }

        var teams = challenge.Results.ToDictionary(r => r.BidId);
        var eliminated = command.Decisions.Where(d => d.Outcome == StageOutcome.Eliminate).Select(d => teams[d.BidId]).ToList();
        var continued = command.Decisions.Where(d => d.Outcome == StageOutcome.Continue).Select(d => teams[d.BidId]).ToList();
        if (eliminated.Count == 0 || continued.Count == 0)
        {
            return DomainError.Invalid("reallocationReason", "Money is re-allocated from a team eliminated at this gate to a team continued at it.");
        }

        // Every team at gate k has been released stages 1..k; what an eliminated one was not released is freed.
        var freed = eliminated.Select(r => new ReallocatedShare(r.BidId, -(r.Funding - StageFunding.ReleasedUpTo(r.Funding, challenge.Terms.Stages, command.Stage)))).ToList();
        var total = -freed.Sum(f => f.Amount);
        var part = Math.Floor(total / continued.Count * 100m) / 100m;
        var received = continued.Select((r, i) => new ReallocatedShare(r.BidId, i == continued.Count - 1 ? total - (part * (continued.Count - 1)) : part));
        reallocation = new Reallocation(reason.Trim(), [.. freed, .. received]);
        return null;
    }

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
                    c => ReviewStageGate.Decide(c, new ReviewStageGate(stage, body.Decisions, request.Actor, request.Now, body.ReallocationReason))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<StageGateRequest>()
            .WithSummary("赛马制 stage gate: continue or eliminate each team still in the race; optionally re-allocate what the eliminated were not released");
        return challenges;
    }
}
