using FluentValidation;
using Marten;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Reviews;

public sealed record AssignExpertRequest(Guid ExpertId);

public sealed record ScoreRequest(IReadOnlyList<CriterionScore> Scores);

public sealed record FeedbackRequest(FeedbackReason Reason, [LongText] string? Comment = null);

/// <summary>A challenge an expert reviews: the bids by blind label only, with the expert's own scores.</summary>
public sealed record ReviewAssignment(Guid ChallengeId, string Title, ChallengeStatus Status, IReadOnlyList<Criterion> Criteria, IReadOnlyList<ReviewedBid> Bids);

public sealed record ReviewedBid(string Label, IReadOnlyList<CriterionScore>? MyScores);

public sealed class FeedbackRequestValidator : AbstractValidator<FeedbackRequest>
{
    public FeedbackRequestValidator()
    {
        RuleFor(r => r.Reason).IsInEnum();
        RuleFor(r => r.Comment).MaximumLength(1000);
    }
}

/// <summary>专家评审: assignment with conflict checks, blind scoring, feedback, and the bureau's view of the ranking.</summary>
public static class ReviewEndpoints
{
    public static RouteGroupBuilder MapReviews(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/experts", async Task<IResult> (
                Guid id, AssignExpertRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                if (await session.LoadAsync<ExpertProfile>(request.ExpertId, ct) is not { } expert)
                {
                    return Problems.NotFound("The expert");
                }

                var bids = (await session.Query<BidDetails>().Where(b => b.ChallengeId == id).ToListAsync(ct)).Select(b => b.ToState()).ToList();
                var history = expert.OrganisationId is { } org
                    ? await session.Query<ContractHistory>().Where(h => h.Organisations.Contains(org)).ToListAsync(ct)
                    : [];
                return await session.Execute<Challenge>(http, id, "The challenge",
                    c => AssignExpert.Decide(c, expert, bids, history, actor, clock.GetUtcNow()), ct);
            })
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Assign an expert to review the bids (refused, with the reason, on a conflict of interest)");

        challenges.MapPut("/{id:guid}/bids/{label}/scores", (
                Guid id, string label, ScoreRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Challenge>(http, id, "The challenge", c => ScoreBid.Decide(c, label, request.Scores ?? [], actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Expert)
            .WithoutVersionETag()
            .WithSummary("Score the bid with this blind label on every criterion (0–10); scoring again revises");

        challenges.MapPut("/{id:guid}/bids/{bidId:guid}/feedback", (
                Guid id, Guid bidId, FeedbackRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Challenge>(http, id, "The challenge",
                    c => RecordFeedback.Decide(c, bidId, request.Reason, request.Comment, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Bureau)
            .Validate<FeedbackRequest>()
            .WithSummary("Record structured feedback for a bid that will not win");

        challenges.MapGet("/{id:guid}/ranking", async Task<IResult> (Guid id, Actor actor, IQuerySession session, IOptions<ChallengeOptions> options, CancellationToken ct) =>
            {
                var challenge = await session.Events.AggregateStreamAsync<Challenge>(id, token: ct);
                if (challenge is null || !actor.Covers(challenge.District))
                {
                    return Problems.NotFound("The challenge");
                }

                var names = (await session.Query<BidDetails>().Where(b => b.ChallengeId == id).ToListAsync(ct)).ToDictionary(b => b.Id, b => b.OrganisationName);
                return TypedResults.Ok(Ranking.Rank(challenge).Select(r => new
                {
                    r.Commitment.Label,
                    r.Commitment.BidId,
                    OrganisationName = names.GetValueOrDefault(r.Commitment.BidId),
                    r.Rank,
                    Score = Ranking.ForDisplay(r.Score),
                    r.Reviews,
                    EnoughReviews = r.Reviews >= options.Value.MinimumReviews,
                    r.Averages,
                    Feedback = challenge.Feedback.GetValueOrDefault(r.Commitment.BidId)?.Reason,
                }).ToList());
            })
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("The current ranking, reviews per bid and feedback given (the bureau)");

        return challenges;
    }

    public static IEndpointRouteBuilder MapMyReviews(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reviews/mine", async (Actor actor, IQuerySession session, CancellationToken ct) =>
            {
                var assigned = await session.Query<ChallengeDetails>().Where(c => c.Experts.Contains(actor.UserId)).ToListAsync(ct);
                var result = new List<ReviewAssignment>();
                foreach (var details in assigned)
                {
                    var challenge = (await session.Events.AggregateStreamAsync<Challenge>(details.Id, token: ct))!;
                    result.Add(new ReviewAssignment(details.Id, details.Terms.Title, details.Status, details.Terms.Criteria,
                        [.. details.Commitments.Select(c => new ReviewedBid(c.Label, challenge.Scores.GetValueOrDefault((c.BidId, actor.UserId))))]));
                }

                return TypedResults.Ok(result);
            })
            .RequireAuthorization(Policies.Expert)
            .WithTags("Reviews")
            .WithSummary("Challenges you review, with the blind labels and your scores");
        return app;
    }
}
