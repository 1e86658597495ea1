using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>红黄绿预警 of a region: red first.</summary>
public sealed record WarningsAnswer(string Region, string Period, IReadOnlyList<Warning> Warnings);

public static class WarningQueries
{
    public static RouteGroupBuilder MapWarningQueries(this RouteGroupBuilder statistics)
    {
        statistics.MapGet("/warnings", Get).RequireAuthorization(Policies.Bureau)
            .WithSummary("红黄绿预警 in your jurisdiction: districts behind target, overdue milestones, challenges without bids near their deadline, registrations waiting");
        return statistics;
    }

    private static async Task<Results<Ok<WarningsAnswer>, ValidationProblem, ProblemHttpResult>> Get(
        [AsParameters] PeriodQuery query, Actor actor, StatisticsScope scope, IQuerySession session, TimeProvider clock, IOptions<StatisticsOptions> options,
        IChallengeBids challengeBids, CancellationToken ct)
    {
        var (read, error) = StatisticsAnswers.Check(scope, actor, query);
        if (error is not null)
        {
            return StatisticsAnswers.Refuse<WarningsAnswer>(error);
        }

        var (region, codes, now) = (read!.Scope.Region, read.Scope.Codes.ToArray(), clock.GetUtcNow());
        var standings = new List<Standing>();
        foreach (var city in read.Scope.Districts.Select(d => d.ParentCode).Distinct())
        {
            var peers = await StandingQueries.StandingsAsync(session, scope.Regions, scope.Regions.Find(city)!, read.Period, read.Direction, Measure.TechnologyAmount,
                clock.Today(), options.Value.Warnings, ct);
            standings.AddRange(peers.Where(s => codes.Contains(s.District)));
        }

        var contracts = await session.Query<ContractDetails>()
            .Where(c => c.SellerDistrict.IsOneOf(codes) && (c.Status == ContractStatus.Registered || c.Status == ContractStatus.FullySigned)).ToListAsync(ct);
        var milestones = contracts.Where(c => c.Status == ContractStatus.Registered).SelectMany(c => c.Milestones
            .Where(m => m.Status is not (MilestoneStatus.Paid or MilestoneStatus.Cancelled))
            .Select(m => new MilestoneDue(c.Id, c.Terms.Title, c.SellerDistrict, m.Number, m.DueOn)));
        var waiting = contracts.Where(c => c.Status == ContractStatus.FullySigned && c.SignedAt is not null)
            .Select(c => new SignedContract(c.Id, c.Terms.Title, c.SellerDistrict, c.SignedAt!.Value));
        var open = await session.Query<ChallengeDetails>().Where(c => c.District.IsOneOf(codes) && c.Status == ChallengeStatus.Published).ToListAsync(ct);
        var bids = await challengeBids.StandingCountsAsync(session, [.. open.Select(c => c.Id)], ct);
        var challenges = open.Select(c => new ChallengeOpen(c.Id, c.Terms.Title, c.District, c.Terms.ClosesAt, bids.GetValueOrDefault(c.Id)));
        var warnings = WarningRules.Decide(standings, milestones, challenges, waiting, now, options.Value);
        return TypedResults.Ok(new WarningsAnswer(region.Code, read.Period.Label, warnings));
    }
}
