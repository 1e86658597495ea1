using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Rounds;
using TechMarket.Server.Modules.Settlement;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>揭榜挂帅 challenges published or awarded in a region and period, with their bounty (「发布榜单N个，榜额合计…，完成揭榜N个」).</summary>
public sealed record ChallengesCountedAnswer(
    string Region, string Period, DateOnly From, DateOnly To, ChallengeMilestone Milestone, int Count, decimal Bounty, IReadOnlyList<ChallengeRow> Challenges);

/// <summary>创新券 redemptions in a region and period (「用券金额N万元、惠及企业N家次」): their sum and enterprise-times.</summary>
public sealed record VoucherRedemptionsAnswer(
    string Region, string Period, DateOnly From, DateOnly To, int Count, decimal Amount, int EnterpriseTimes, IReadOnlyList<VoucherRow> Redemptions);

/// <summary>Needs collected in a region and period (「征集报送技术需求N个，其中N%来自企业」), with how many came from enterprises.</summary>
public sealed record NeedsCollectedAnswer(
    string Region, string Period, DateOnly From, DateOnly To, int Count, int FromEnterprises, IReadOnlyList<NeedRow> Needs);

/// <summary>先用后转 trials converted in a region and period (「“先用后转”转化成果N项」).</summary>
public sealed record TrialConversionsAnswer(string Region, string Period, DateOnly From, DateOnly To, int Count, IReadOnlyList<TrialConversionRow> Conversions);

/// <summary>The drill-downs of the report's activity figures; each is what <see cref="ActivityFacts"/> counts.</summary>
public static class ActivityListQueries
{
    public static RouteGroupBuilder MapActivityListQueries(this RouteGroupBuilder statistics)
    {
        statistics.MapGet("/challenges", Challenges).RequireAuthorization(Policies.Bureau)
            .WithSummary("The 揭榜挂帅 challenges of a region published (or awarded) in a period, with their bounty, within your jurisdiction");
        statistics.MapGet("/vouchers", Vouchers).RequireAuthorization(Policies.Bureau)
            .WithSummary("The innovation-voucher (创新券) redemptions of a region's enterprises in a period, within your jurisdiction");
        statistics.MapGet("/needs", Needs).RequireAuthorization(Policies.Bureau)
            .WithSummary("The needs a region collected in a period, with their posters' kinds and rounds, within your jurisdiction");
        statistics.MapGet("/trials", Trials).RequireAuthorization(Policies.Bureau)
            .WithSummary("The 先用后转 trials converted in a period where the seller or buyer is of the region, within your jurisdiction");
        return statistics;
    }

    private static Task<Results<Ok<ChallengesCountedAnswer>, ValidationProblem, ProblemHttpResult>> Challenges(
        [AsParameters] PeriodQuery query, ChallengeMilestone? milestone, Actor actor, StatisticsScope scope, IQuerySession session, CancellationToken ct) =>
        StatisticsAnswers.AnswerAsync(scope, actor, query, read => ChallengesAnswerAsync(session, read, milestone ?? ChallengeMilestone.Published, ct));

    private static Task<Results<Ok<VoucherRedemptionsAnswer>, ValidationProblem, ProblemHttpResult>> Vouchers(
        [AsParameters] PeriodQuery query, Actor actor, StatisticsScope scope, IQuerySession session, CancellationToken ct) =>
        StatisticsAnswers.AnswerAsync(scope, actor, query, read => VouchersAnswerAsync(session, read, ct));

    private static Task<Results<Ok<NeedsCollectedAnswer>, ValidationProblem, ProblemHttpResult>> Needs(
        [AsParameters] PeriodQuery query, Actor actor, StatisticsScope scope, IQuerySession session, CancellationToken ct) =>
        StatisticsAnswers.AnswerAsync(scope, actor, query, read => NeedsAnswerAsync(session, read, ct));

    private static Task<Results<Ok<TrialConversionsAnswer>, ValidationProblem, ProblemHttpResult>> Trials(
        [AsParameters] PeriodQuery query, Actor actor, StatisticsScope scope, IQuerySession session, CancellationToken ct) =>
        StatisticsAnswers.AnswerAsync(scope, actor, query, read => TrialsAnswerAsync(session, read, ct));

    public static async Task<ChallengesCountedAnswer> ChallengesAnswerAsync(IQuerySession session, StatisticsRead read, ChallengeMilestone milestone, CancellationToken ct)
    {
        var rows = ActivityLists.Challenges(await ChallengesAsync(session, read.Scope.Codes, read.Period, ct), read.Scope.Codes, read.Period, milestone);
        return new ChallengesCountedAnswer(Region(read), read.Period.Label, read.Period.From, read.Period.To, milestone, rows.Count, rows.Sum(r => r.Bounty), rows);
    }

    public static async Task<VoucherRedemptionsAnswer> VouchersAnswerAsync(IQuerySession session, StatisticsRead read, CancellationToken ct)
    {
        var rows = await RedemptionsAsync(session, read.Scope.Codes, read.Period, ct);
        return new VoucherRedemptionsAnswer(
            Region(read), read.Period.Label, read.Period.From, read.Period.To, rows.Count, rows.Sum(r => r.Amount), ActivityLists.EnterpriseTimes(rows), rows);
    }

    public static async Task<NeedsCollectedAnswer> NeedsAnswerAsync(IQuerySession session, StatisticsRead read, CancellationToken ct)
    {
        var rows = await NeedsAsync(session, read.Scope.Codes, read.Period, ct);
        return new NeedsCollectedAnswer(Region(read), read.Period.Label, read.Period.From, read.Period.To, rows.Count, rows.Count(n => n.FromEnterprise), rows);
    }

    public static async Task<TrialConversionsAnswer> TrialsAnswerAsync(IQuerySession session, StatisticsRead read, CancellationToken ct)
    {
        var rows = await ConversionsAsync(session, read.Scope.Codes, read.Period, ct);
        return new TrialConversionsAnswer(Region(read), read.Period.Label, read.Period.From, read.Period.To, rows.Count, rows);
    }

    private static string Region(StatisticsRead read) => read.Scope.Region.Code;

    /// <summary>The districts' challenges published or awarded in the period (the database narrows, <see cref="ActivityLists"/> decides).</summary>
    public static async Task<IReadOnlyList<ChallengeDetails>> ChallengesAsync(IQuerySession session, IReadOnlyList<string> districts, StatPeriod period, CancellationToken ct)
    {
        var (codes, (from, to)) = (districts.ToArray(), period.Instants);
        return await session.Query<ChallengeDetails>()
            .Where(c => c.District.IsOneOf(codes) && ((c.PublishedAt >= from && c.PublishedAt < to) || (c.AwardedAt >= from && c.AwardedAt < to))).ToListAsync(ct);
    }

    public static async Task<IReadOnlyList<VoucherRow>> RedemptionsAsync(IQuerySession session, IReadOnlyList<string> districts, StatPeriod period, CancellationToken ct)
    {
        var (codes, from, to) = (districts.ToArray(), period.From, period.To);
        var redemptions = await session.Query<VoucherRedemption>().Where(r => r.District.IsOneOf(codes) && r.RedeemedOn >= from && r.RedeemedOn <= to).ToListAsync(ct);
        return ActivityLists.Redemptions(redemptions, districts, period);
    }

    public static async Task<IReadOnlyList<NeedRow>> NeedsAsync(IQuerySession session, IReadOnlyList<string> districts, StatPeriod period, CancellationToken ct)
    {
        var (codes, (from, to)) = (districts.ToArray(), period.Instants);
        var needs = await session.Query<NeedDetails>().Where(n => n.District.IsOneOf(codes) && n.SubmittedAt >= from && n.SubmittedAt < to).ToListAsync(ct);
        var roundIds = needs.Where(n => n.RoundId is not null).Select(n => n.RoundId!.Value).Distinct().ToArray();
        var rounds = roundIds.Length == 0 ? [] : await session.LoadManyAsync<CollectionRound>(ct, roundIds);
        return ActivityLists.Needs(needs, districts, period, rounds.ToDictionary(r => r.Id, r => r.Name));
    }

    public static async Task<IReadOnlyList<TrialConversionRow>> ConversionsAsync(IQuerySession session, IReadOnlyList<string> districts, StatPeriod period, CancellationToken ct)
    {
        var (from, to) = period.Instants;
        var trials = await session.Query<TrialDetails>().Where(t => t.Status == TrialStatus.Converted && t.UpdatedAt >= from && t.UpdatedAt < to).ToListAsync(ct);
        return ActivityLists.Conversions(trials, districts, period);
    }
}
