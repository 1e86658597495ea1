using FluentValidation;
using Marten;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Reviews;

public sealed record StageGateRequest(IReadOnlyList<StageDecision> Decisions);

public sealed record FailChallengeRequest([LongText] string Reason);

public sealed record StagesView(IReadOnlyList<FundingStage> Stages, int StagesReviewed, IReadOnlyList<TeamView> Teams);

/// <summary>A winning team's funding so far. BidId is shown to the bureau only.</summary>
public sealed record TeamView(string Label, Guid? BidId, decimal Funding, decimal Released, bool Eliminated);

public sealed class FailChallengeValidator : AbstractValidator<FailChallengeRequest>
{
    public FailChallengeValidator() => RuleFor(r => r.Reason).NotEmpty().TrimmedLength(2, 500);
}

/// <summary>揭榜 and after: the award, horse-race stage gates, the enterprises' acceptance (市场判题), failure.</summary>
public static class AwardEndpoints
{
    public static RouteGroupBuilder MapAward(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/award", async (
                Guid id, Actor actor, IDocumentSession session, IOptions<ChallengeOptions> options, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var bids = (await session.Query<BidDetails>().Where(b => b.ChallengeId == id).ToListAsync(ct)).Select(b => b.ToState()).ToList();
                return await session.Execute<Challenge>(http, id, "The challenge",
                    c => AwardChallenge.Decide(c, bids, options.Value.MinimumReviews, actor, clock.GetUtcNow()), ct);
            })
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Award the challenge to the top bid, or the top N in a horse race (every other bid needs feedback first)");

        challenges.MapPost("/{id:guid}/stages/{stage:int}/gate", (
                Guid id, int stage, StageGateRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Challenge>(http, id, "The challenge",
                    c => ReviewStageGate.Decide(c, stage, request.Decisions ?? [], actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("赛马制 stage gate: continue or eliminate each team still in the race");

        challenges.MapGet("/{id:guid}/stages", async Task<IResult> (Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
            {
                var details = await session.LoadAsync<ChallengeDetails>(id, ct);
                if (details is null || !ChallengeVisibility.CanSee(details, actor))
                {
                    return Problems.NotFound("The challenge");
                }

                var challenge = (await session.Events.AggregateStreamAsync<Challenge>(id, token: ct))!;
                var gates = (await session.Events.FetchStreamAsync(id, token: ct)).Select(e => e.Data).OfType<StageGateReviewed>().ToList();
                var released = StageFunding.Released(challenge, gates);
                // Teams are public by label; their bid ids only for the bureau, which addresses them at the stage gates.
                var bureau = ChallengeVisibility.IsBureauOf(details, actor);
                return TypedResults.Ok(new StagesView(challenge.Terms.Stages, challenge.StagesReviewed, [.. challenge.Results.Where(r => r.Won).Select(r =>
                    new TeamView(r.Label, bureau ? r.BidId : null, r.Funding, released.GetValueOrDefault(r.BidId), challenge.Eliminated.Contains(r.BidId)))]));
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("Each winning team's funding released so far, stage by stage");

        challenges.MapPost("/{id:guid}/results/accept", (Guid id, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Challenge>(http, id, "The challenge", c => AcceptResults.Decide(c, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Enterprise)
            .WithSummary("市场判题: a funding enterprise accepts the final results");

        challenges.MapPost("/{id:guid}/fail", (Guid id, FailChallengeRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Challenge>(http, id, "The challenge", c => FailChallenge.Decide(c, request.Reason, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Bureau)
            .Validate<FailChallengeRequest>()
            .WithSummary("Record that an awarded challenge failed, with a reason");
        return challenges;
    }
}
