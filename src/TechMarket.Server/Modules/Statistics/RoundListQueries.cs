using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.ReferenceData;
using TechMarket.Server.Modules.Rounds;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>A collection round the report counts: its name, level, bureau and days.</summary>
public sealed record RoundRow(Guid Id, string Bureau, RoundLevel Level, string Name, DateOnly Opens, DateOnly Closes, DateOnly? ClosedEarlyOn);

/// <summary>需求征集轮次 opened in a region and period (the drill-down of the report's 「组织需求征集N轮」).</summary>
public sealed record CollectionRoundsAnswer(string Region, string Period, DateOnly From, DateOnly To, int Count, IReadOnlyList<RoundRow> Rounds);

/// <summary>A published list the report counts: its number, title, date, round and how many challenges it holds.</summary>
public sealed record ListRow(Guid Id, string Bureau, string Number, string Title, DateOnly PublishedOn, Guid RoundId, string RoundName, int Challenges);

/// <summary>榜单 published in a region and period, with the challenges they list (the drill-down of 「发布需求榜单N批」).</summary>
public sealed record PublishedListsAnswer(string Region, string Period, DateOnly From, DateOnly To, int Count, int Challenges, IReadOnlyList<ListRow> Lists);

/// <summary>
/// The rounds and lists of the bureaus a region covers: a district's own bureau; the city's bureau and every district's
/// for the platform's city (or its province). A round counts from its opening day (not yet opened, or closed early
/// before it opened: not counted), a list on its day of publication. The report's figures are these lists' lengths.
/// </summary>
public static class RoundListQueries
{
    public static RouteGroupBuilder MapRoundListQueries(this RouteGroupBuilder statistics)
    {
        statistics.MapGet("/rounds", Rounds).RequireAuthorization(Policies.Bureau)
            .WithSummary("The collection rounds (需求征集) the bureaus of a region opened in a period, within your jurisdiction");
        statistics.MapGet("/lists", Lists).RequireAuthorization(Policies.Bureau)
            .WithSummary("The lists (榜单) the bureaus of a region published in a period, with their challenges, within your jurisdiction");
        return statistics;
    }

    private static Task<Results<Ok<CollectionRoundsAnswer>, ValidationProblem, ProblemHttpResult>> Rounds(
        [AsParameters] PeriodQuery query, Actor actor, StatisticsScope scope, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
        StatisticsAnswers.AnswerAsync(scope, actor, query, read => RoundsAnswerAsync(session, scope.Regions, read, clock.Today(), ct));

    private static Task<Results<Ok<PublishedListsAnswer>, ValidationProblem, ProblemHttpResult>> Lists(
        [AsParameters] PeriodQuery query, Actor actor, StatisticsScope scope, IQuerySession session, CancellationToken ct) =>
        StatisticsAnswers.AnswerAsync(scope, actor, query, read => ListsAnswerAsync(session, scope.Regions, read, ct));

    public static async Task<CollectionRoundsAnswer> RoundsAnswerAsync(IQuerySession session, RegionCatalog regions, StatisticsRead read, DateOnly today, CancellationToken ct)
    {
        var rounds = await RoundsAsync(session, BureausOf(regions, read.Scope), read.Period, today, ct);
        return new CollectionRoundsAnswer(read.Scope.Region.Code, read.Period.Label, read.Period.From, read.Period.To, rounds.Count, rounds);
    }

    public static async Task<PublishedListsAnswer> ListsAnswerAsync(IQuerySession session, RegionCatalog regions, StatisticsRead read, CancellationToken ct)
    {
        var lists = await ListsAsync(session, BureausOf(regions, read.Scope), read.Period, ct);
        return new PublishedListsAnswer(read.Scope.Region.Code, read.Period.Label, read.Period.From, read.Period.To, lists.Count, lists.Sum(l => l.Challenges), lists);
    }

    /// <summary>The bureaus whose rounds and lists belong to a region: its districts', and the city bureau's where the
    /// region is the platform's city or its province (the city bureau's jurisdiction is <c>city</c>).</summary>
    public static IReadOnlyList<string> BureausOf(RegionCatalog regions, ScopedRegion scope)
    {
        var city = regions.OfJurisdiction(Jurisdictions.City);
        var coversCity = city is not null && (scope.Region.Code == city.Code || scope.Region.Code == city.ParentCode);
        return coversCity ? [Jurisdictions.City, .. scope.Codes] : scope.Codes;
    }

    /// <summary>Rounds whose opening day is in the period and has come, oldest first.</summary>
    public static async Task<IReadOnlyList<RoundRow>> RoundsAsync(
        IQuerySession session, IReadOnlyList<string> bureaus, StatPeriod period, DateOnly today, CancellationToken ct)
    {
        var codes = bureaus.ToArray();
        var (from, to) = (period.From, period.To);
        var rounds = await session.Query<CollectionRound>().Where(r => r.Bureau.IsOneOf(codes) && r.Opens >= from && r.Opens <= to).ToListAsync(ct);
        return [.. rounds.Where(r => Opened(r, period, today)).OrderBy(r => r.Opens).ThenBy(r => r.Name, StringComparer.Ordinal).Select(RowOf)];
    }

    /// <summary>A round was opened in the period when its opening day is in it and has come, and it was not closed
    /// early before that day (a round called off before it opened collected nothing).</summary>
    public static bool Opened(CollectionRound round, StatPeriod period, DateOnly today) =>
        period.Contains(round.Opens) && round.Opens <= today && (round.ClosedEarlyAt is not { } closed || closed.DateInChina() >= round.Opens);

    public static RoundRow RowOf(CollectionRound r) => new(r.Id, r.Bureau, r.Level, r.Name, r.Opens, r.Closes, r.ClosedEarlyAt?.DateInChina());

    /// <summary>Lists published in the period, oldest first.</summary>
    public static async Task<IReadOnlyList<ListRow>> ListsAsync(IQuerySession session, IReadOnlyList<string> bureaus, StatPeriod period, CancellationToken ct)
    {
        var codes = bureaus.ToArray();
        var (from, to) = (period.From, period.To);
        var lists = await session.Query<PublishedList>().Where(l => l.Bureau.IsOneOf(codes) && l.PublishedOn >= from && l.PublishedOn <= to).ToListAsync(ct);
        return
        [
            .. lists.OrderBy(l => l.PublishedOn).ThenBy(l => l.Bureau, StringComparer.Ordinal).ThenBy(l => l.Number, StringComparer.Ordinal)
                .Select(l => new ListRow(l.Id, l.Bureau, l.Number, l.Title, l.PublishedOn, l.RoundId, l.RoundName, l.Challenges.Count)),
        ];
    }
}
