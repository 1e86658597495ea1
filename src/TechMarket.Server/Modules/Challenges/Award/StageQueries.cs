using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Award;

public sealed record StagesView(IReadOnlyList<FundingStage> Stages, int StagesReviewed, IReadOnlyList<TeamView> Teams);

/// <summary>A winning team's funding so far. BidId is shown to the bureau only. Returned is what an eliminated team was
/// awarded but never released: it goes back to the funders.</summary>
public sealed record TeamView(string Label, Guid? BidId, decimal Funding, decimal Released, bool Eliminated, decimal Returned);

public static class StageQueries
{
    public static RouteGroupBuilder MapStages(this RouteGroupBuilder challenges)
    {
        challenges.MapGet("/{id:guid}/stages", Stages).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Each winning team's funding released so far, stage by stage");
        return challenges;
    }

    /// <summary>Read from the challenge's read model, which keeps how many gates each team passed.</summary>
    private static async Task<Results<Ok<StagesView>, ProblemHttpResult>> Stages(Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<ChallengeDetails>(id, ct) is not { } challenge || !ChallengeVisibility.CanSee(challenge, actor))
        {
            return Problems.NotFound("The challenge");
        }

        return TypedResults.Ok(View(challenge, ChallengeVisibility.IsBureauOf(challenge, actor)));
    }

    /// <summary>Teams are public by label; their bid ids only for the bureau, which addresses them at the stage gates.</summary>
    public static StagesView View(ChallengeDetails challenge, bool bureau)
    {
        var stages = challenge.Terms.Stages;
        return new StagesView(stages, challenge.StagesReviewed, [.. challenge.Results.Where(r => r.Won).Select(r =>
        {
            var released = StageFunding.Released(r.Funding, stages, challenge.GatesPassed.GetValueOrDefault(r.BidId));
            var eliminated = challenge.Eliminated.Contains(r.BidId);
            return new TeamView(r.Label, bureau ? r.BidId : null, r.Funding, released, eliminated, eliminated ? r.Funding - released : 0m);
        })]);
    }
}
