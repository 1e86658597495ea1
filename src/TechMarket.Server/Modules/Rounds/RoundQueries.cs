using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Rounds;

/// <summary>A round as everyone sees it (a call for needs is public), with where it stands today.</summary>
public sealed record RoundView(
    Guid Id, string Bureau, RoundLevel Level, string Name, DateOnly Opens, DateOnly Closes, RoundStatus Status, string? CloseReason)
{
    public static RoundView Of(CollectionRound round, DateOnly today) =>
        new(round.Id, round.Bureau, round.Level, round.Name, round.Opens, round.Closes, round.StatusOn(today), round.CloseReason);
}

/// <summary>The caller's bureau and whether it accepts needs outside an open round.</summary>
public sealed record StandingCollectionView(string Bureau, bool Allowed);

public static class RoundQueries
{
    public static RouteGroupBuilder MapRoundQueries(this RouteGroupBuilder group)
    {
        group.MapGet("/", All).RequireAuthorization(Policies.Public)
            .WithSummary("Collection rounds, newest first; district narrows to the rounds that collect that district's needs");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Public).WithSummary("One collection round");
        group.MapGet("/standing-collection", Standing).RequireAuthorization(Policies.Bureau)
            .WithSummary("Whether your bureau accepts needs outside an open round");
        return group;
    }

    private static async Task<Ok<List<RoundView>>> All(IQuerySession session, TimeProvider clock, string? district, CancellationToken ct)
    {
        var rounds = await session.Query<CollectionRound>().OrderByDescending(r => r.Opens).ThenByDescending(r => r.OpenedAt).ToListAsync(ct);
        var today = clock.Today();
        return TypedResults.Ok(rounds.Where(r => string.IsNullOrWhiteSpace(district) || r.Collects(district.Trim())).Select(r => RoundView.Of(r, today)).ToList());
    }

    private static async Task<Results<Ok<RoundView>, ProblemHttpResult>> Get(Guid id, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
        await session.LoadAsync<CollectionRound>(id, ct) is { } round ? TypedResults.Ok(RoundView.Of(round, clock.Today())) : Problems.NotFound("The round");

    private static async Task<Ok<StandingCollectionView>> Standing(Actor actor, IQuerySession session, CancellationToken ct)
    {
        var bureau = actor.Jurisdiction ?? string.Empty;
        var policy = await session.LoadAsync<CollectionPolicy>(CollectionPolicy.IdFor(bureau), ct);
        return TypedResults.Ok(new StandingCollectionView(bureau, CollectionPolicy.AllowsStanding(policy)));
    }
}
