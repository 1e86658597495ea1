using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>How many experts to draw, and how many alternates to keep for those who decline.</summary>
public sealed record DrawExpertsRequest(int Count, int Alternates = 0);

public sealed class DrawExpertsValidator : AbstractValidator<DrawExpertsRequest>
{
    public DrawExpertsValidator()
    {
        RuleFor(r => r.Count).InclusiveBetween(1, ExpertDraw.MaxDrawn);
        RuleFor(r => r.Alternates).InclusiveBetween(0, ExpertDraw.MaxAlternates);
    }
}

/// <summary>
/// 随机抽取: the bureau draws Count experts at random from the pool of the challenge's field, and Alternates more in
/// the order drawn. Experts already assigned, and experts who declined this challenge, are not drawn again; an expert with a conflict (the same check as an
/// assignment) is left out and logged with its reason. The drawn are assigned as if one by one (ExpertAssigned), so the
/// review knows one way of having experts; the alternates replace, in order, those who decline.
/// </summary>
public sealed record DrawExperts(int Count, int Alternates, string Seed, Actor Actor, DateTimeOffset Now)
{
    /// <param name="pool">Every expert of the pool (the decision keeps the approved ones of the challenge's field).</param>
    /// <param name="partners">The contract partners of each pool expert's organisation, by organisation.</param>
    public static Decision Decide(
        Challenge challenge, DrawExperts command, IReadOnlyList<ExpertProfile> pool, IReadOnlyList<ChallengeBid> bids,
        IReadOnlyDictionary<Guid, IReadOnlyList<ContractPartner>> partners)
    {
        if ((ChallengeRules.CoveringBureauOnly(challenge, command.Actor)
            ?? ChallengeRules.RequireStatus(challenge, "have experts drawn", ChallengeStatus.BiddingClosed, ChallengeStatus.UnderReview)) is { } refused)
        {
            return refused;
        }

        var today = command.Now.DateInChina();
        var inField = pool
            .Where(e => e.Standing == ExpertStanding.Approved && ExpertDraw.Covers(e.Fields, challenge.Terms.Field) && !challenge.Experts.Contains(e.Id)
                        && !challenge.Declined.Contains(e.Id))
            .ToList();
        var conflicts = inField
            .Select(e => (Expert: e, Conflict: AssignExpert.Conflict(
                challenge, e, bids, e.OrganisationId is { } o ? partners.GetValueOrDefault(o) ?? [] : [], today)))
            .ToList();
        var order = ExpertDraw.Order(command.Seed, conflicts.Where(c => c.Conflict is null).Select(c => c.Expert));
        if (order.Count < command.Count)
        {
            return DomainError.Conflict(
                "pool-too-small",
                $"Only {order.Count} expert(s) of field {challenge.Terms.Field} can review this challenge; {command.Count} were asked for.");
        }

        var drawn = order.Take(command.Count).Select(e => new PoolExpert(e.Id, e.Name)).ToList();
        var alternates = order.Skip(command.Count).Take(command.Alternates).Select(e => new PoolExpert(e.Id, e.Name)).ToList();
        var excluded = conflicts.Where(c => c.Conflict is not null).Select(c => new ExcludedExpert(c.Expert.Id, c.Expert.Name, c.Conflict!.Code)).ToList();
        return Decision.Accept([
            new ExpertsDrawn(challenge.Id, command.Seed, drawn, alternates, excluded, command.Actor.UserId, command.Now),
            .. drawn.Select(d => new ExpertAssigned(challenge.Id, d.ExpertId, d.Name, command.Actor.UserId, command.Now)),
        ]);
    }
}

public static class DrawExpertsEndpoint
{
    public static RouteGroupBuilder MapDrawExperts(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/experts/draw", Handle)
            .RequireAuthorization(Policies.Bureau)
            .Validate<DrawExpertsRequest>()
            .WithSummary("随机抽取: draw experts of the challenge's field at random, with alternates; the draw and its seed are logged");
        return challenges;
    }

    private static async Task<Results<Ok<DrawLogEntry>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, DrawExpertsRequest body, IChallengeBids bids, IContractHistory contracts, [AsParameters] RequestContext request)
    {
        var (session, ct) = (request.Session, request.Cancellation);
        var pool = await session.Query<ExpertProfile>().ToListAsync(ct);
        var partners = await PartnersAsync(session, contracts, pool, ct);
        var onChallenge = await bids.OnAsync(session, id, ct);
        var command = new DrawExperts(body.Count, body.Alternates, ExpertDraw.NewSeed(), request.Actor, request.Now);
        return await request.Execute<Challenge, Ok<DrawLogEntry>>(
            id, "The challenge", c => DrawExperts.Decide(c, command, pool, onChallenge, partners),
            decision => TypedResults.Ok(DrawLogEntry.Of(decision.Events.OfType<ExpertsDrawn>().Single())));
    }

    /// <summary>The contract partners of each expert's organisation, for the conflict check of a draw or a replacement.</summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ContractPartner>>> PartnersAsync(
        IQuerySession session, IContractHistory contracts, IEnumerable<ExpertProfile> experts, CancellationToken ct)
    {
        var partners = new Dictionary<Guid, IReadOnlyList<ContractPartner>>();
        foreach (var organisation in experts.Select(e => e.OrganisationId).OfType<Guid>().Distinct())
        {
            partners[organisation] = await contracts.PartnersOfAsync(session, organisation, ct);
        }

        return partners;
    }
}
