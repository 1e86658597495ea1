using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>
/// 赛马制 stage gate: after stage N the bureau continues or eliminates each team still in the race. Gates are
/// reviewed in order, once each; an eliminated team gets no further stage (and no further funding).
/// </summary>
public static class ReviewStageGate
{
    public static Decision Decide(Challenge challenge, int stage, IReadOnlyList<StageDecision> decisions, Actor officer, DateTimeOffset now) =>
        ChallengeRules.CoveringBureauOnly(challenge, officer)
        ?? (challenge.Terms.Mode == ChallengeMode.HorseRace
            ? null
            : DomainError.Conflict("not-a-horse-race", "Only a horse race (赛马制) has stage gates."))
        ?? ChallengeRules.RequireStatus(challenge, "pass a stage gate", ChallengeStatus.Awarded, ChallengeStatus.InProgress)
        ?? NextStageOnly(challenge, stage)
        ?? CoversTeamsInRace(challenge, decisions)
        ?? Decision.Accept(new StageGateReviewed(challenge.Id, stage, [.. decisions.Select(Trimmed)], officer.UserId, now));

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

        if (decisions.GroupBy(d => d.BidId).Any(g => g.Count() > 1))
        {
            problems.Add("Decide on each team once.");
        }

        if (decisions.Any(d => !Enum.IsDefined(d.Outcome)))
        {
            problems.Add("An outcome is either Continue or Eliminate.");
        }

        if (decisions.Any(d => d.Note?.Trim().Length > ReviewRules.MaxCommentLength))
        {
            problems.Add($"A note must be at most {ReviewRules.MaxCommentLength} characters.");
        }

        return problems.Count == 0
            ? null
            : new DomainError(ErrorKind.Invalid, "validation", problems[0], new Dictionary<string, string[]> { ["decisions"] = [.. problems] });
    }

    private static StageDecision Trimmed(StageDecision decision) =>
        decision with { Note = string.IsNullOrWhiteSpace(decision.Note) ? null : decision.Note.Trim() };
}
