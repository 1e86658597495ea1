using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Rounds;

namespace TechMarket.Server.Modules.Statistics;

public static class RoundFunnelQueries
{
    public static RouteGroupBuilder MapRoundFunnelQueries(this RouteGroupBuilder statistics)
    {
        statistics.MapGet("/funnel/rounds/{roundId:guid}", Get).RequireAuthorization(Policies.Bureau)
            .WithSummary("A collection round's needs in a region: collected → accepted → refined into challenges → published in a list → bids → "
                + "awarded → contracts signed → registered → paid, and the share from enterprises");
        return statistics;
    }

    private static async Task<Results<Ok<RoundFunnelAnswer>, ValidationProblem, ProblemHttpResult>> Get(
        Guid roundId, string? region, Actor actor, StatisticsScope scope, IQuerySession session, CancellationToken ct)
    {
        var (read, refused) = scope.Resolve(actor, region);
        if (refused is not null)
        {
            return StatisticsAnswers.Refuse<RoundFunnelAnswer>(refused);
        }

        // A round is public (a call for needs); what is counted of it is only the caller's region's needs.
        if (await session.LoadAsync<CollectionRound>(roundId, ct) is not { } round)
        {
            return Problems.Refuse<Ok<RoundFunnelAnswer>>(Infrastructure.Domain.DomainError.NotFound("unknown-round", "No collection round has this id."));
        }

        var codes = read!.Codes.ToArray();
        var needs = await session.Query<NeedDetails>().Where(n => n.RoundId == roundId && n.District.IsOneOf(codes) && n.SubmittedAt != null).ToListAsync(ct);
        var challengeIds = needs.SelectMany(n => n.Challenges.Select(c => c.ChallengeId)).Distinct().ToArray();
        var challenges = (await session.Query<ChallengeDetails>().Where(c => c.Id.IsOneOf(challengeIds)).ToListAsync(ct)).ToDictionary(c => c.Id);
        var listedAt = (await session.Query<PublishedList>().Where(l => l.RoundId == roundId).ToListAsync(ct))
            .SelectMany(l => l.Challenges.Select(c => (c.ChallengeId, l.PublishedAt)))
            .GroupBy(x => x.ChallengeId).ToDictionary(g => g.Key, g => g.Min(x => x.PublishedAt));
        var firstBids = (await session.Query<BidDetails>().Where(b => b.ChallengeId.IsOneOf(challengeIds)).ToListAsync(ct))
            .GroupBy(b => b.ChallengeId).ToDictionary(g => g.Key, g => g.Min(b => b.FirstSubmittedAt));
        var contracts = (await session.Query<ContractDetails>().Where(c => c.Source.Origin == ContractOrigin.Challenge).ToListAsync(ct))
            .Where(c => c.Source.SourceId is { } id && challenges.ContainsKey(id)).ToList();
        static DateTimeOffset? Day(DateOnly? day) => day?.StartInChina();

        var reached = needs.Select(n =>
        {
            var ids = n.Challenges.Select(c => c.ChallengeId).Where(challenges.ContainsKey).ToHashSet();
            var ofNeed = contracts.Where(c => ids.Contains(c.Source.SourceId!.Value)).ToList();
            return (IReadOnlyList<DateTimeOffset?>)
            [
                n.SubmittedAt, n.AcceptedAt, Earliest(n.Challenges.Select(c => (DateTimeOffset?)c.At)),
                Earliest(ids.Select(id => listedAt.TryGetValue(id, out var at) ? at : (DateTimeOffset?)null)),
                Earliest(ids.Select(id => firstBids.TryGetValue(id, out var at) ? at : (DateTimeOffset?)null)),
                Earliest(ids.Select(id => challenges[id].AwardedAt)),
                Earliest(ofNeed.Select(c => c.SignedAt)),
                Earliest(ofNeed.Select(c => Day(c.Registration?.RegisteredOn))),
                Earliest(ofNeed.SelectMany(c => c.Payments).Select(p => Day(p.ConfirmedOn))),
            ];
        }).ToList();
        var enterprises = needs.Count(n => (n.PosterKind ?? OrganisationKind.Enterprise) == OrganisationKind.Enterprise);
        return TypedResults.Ok(new RoundFunnelAnswer(
            round.Id, round.Name, read.Region.Code, needs.Count, enterprises, RoundReport.Percent(enterprises, needs.Count), RoundFunnelAnswer.Measure(reached)));
    }

    private static DateTimeOffset? Earliest(IEnumerable<DateTimeOffset?> times) => times.Where(t => t is not null).Min();
}
