using Marten;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Demo;

/// <summary>Demo challenges in every state, each played out through the real decisions with times in the past,
/// as if the platform had been running for a month.</summary>
internal sealed class DemoChallenges(IDocumentStore store, IChallengeBids bids, DemoWorld world, DateTimeOffset now)
{
    private sealed record Story(string Key, string NeedKey, string Title, ChallengeStatus Target, ChallengeMode Mode = ChallengeMode.SingleWinner);

    private static readonly Story[] Stories =
    [
        new("draft", "optics", "车载激光雷达非球面透镜在线面形检测", ChallengeStatus.Draft),
        new("open", "container", "集装箱码头堆场智能调度算法揭榜", ChallengeStatus.Published),
        new("closed", "reducer", "RV减速器长寿命精度保持技术揭榜", ChallengeStatus.BiddingClosed),
        new("review", "cathode", "高镍正极材料高温循环寿命提升揭榜", ChallengeStatus.UnderReview),
        new("publicity", "cathode", "富锂锰基正极材料电压衰减抑制技术揭榜", ChallengeStatus.InPublicity),
        new("awarded", "reducer", "工业机器人关节模组轻量化设计", ChallengeStatus.Awarded),
        new("race", "cathode", "固态电解质界面改性技术赛马", ChallengeStatus.InProgress, ChallengeMode.HorseRace),
        new("completed", "container", "港区集卡无人驾驶编队调度", ChallengeStatus.Completed),
        new("cancelled", "optics", "光学元件镀膜缺陷智能识别", ChallengeStatus.Cancelled),
        new("failed", "optics", "超精密非球面模压成型工艺", ChallengeStatus.Failed),
        new("unfilled", "container", "港口岸桥远程操控低时延通信揭榜", ChallengeStatus.Unfilled),
    ];

    private static readonly string[] Reviewers = ["expert@techmarket.demo", "expert.li@techmarket.demo", "expert.chen@techmarket.demo"];

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var story in Stories)
        {
            var id = DemoData.StableId("challenge", story.Key);
            await using var session = store.QuerySession();
            if (await session.Events.FetchStreamStateAsync(id, ct) is null)
            {
                await PlayAsync(id, story, ct);
            }
        }
    }

    private async Task PlayAsync(Guid id, Story story, CancellationToken ct)
    {
        var open = story.Target is ChallengeStatus.Draft or ChallengeStatus.Published or ChallengeStatus.Cancelled;
        var start = open ? now.AddDays(-3) : now.AddDays(-30);
        // A challenge in publicity was proposed a day and a half ago, so its five days of 公示 are still running.
        var closes = open ? now.AddDays(14) : story.Target == ChallengeStatus.InPublicity ? now.AddDays(-6) : now.AddDays(-10);
        var officer = world.Actor("bureau@techmarket.demo");
        var needId = DemoData.StableId("need", story.NeedKey);
        await using (var session = store.LightweightSession())
        {
            var need = (await session.LoadAsync<NeedDetails>(needId, ct))!;
            var request = Request(story, need, start, closes);
            var drafted = DraftChallenge.Decide(
                new DraftChallenge(id, request, FundingLimits.Default, officer, start), new Dictionary<Guid, NeedDetails> { [needId] = need });
            session.Events.StartStream<Challenge>(id, [.. Expect(drafted)]);
            var needStream = await session.Events.FetchForWriting<Need>(needId, need.Version, ct);
            needStream.AppendMany(Expect(TakeNeedIntoChallenge.Decide(needStream.Aggregate!, new TakeNeedIntoChallenge(id, story.Title, officer, start))));
            await session.SaveChangesAsync(ct);
        }

        if (story.Target == ChallengeStatus.Draft)
        {
            return;
        }

        var funderOrganisation = DemoData.StableId("organisation", DemoCatalog.Needs.First(n => n.Key == story.NeedKey).OrganisationKey);
        var funder = world.Actors.First(a => a.IsIn(Roles.Enterprise) && a.OrganisationId == funderOrganisation);
        await StepAsync(id, c => ConfirmFunding.Decide(c, new ConfirmFunding(funder, start.AddHours(1), world.OrganisationOf(funder))), ct);
        await StepAsync(id, c => PublishChallenge.Decide(c, new PublishChallenge(officer, start.AddHours(2))), ct);
        if (story.Target == ChallengeStatus.Cancelled)
        {
            await StepAsync(id, c => CancelChallenge.Decide(c, new CancelChallenge("企业技术路线调整，需求方申请撤榜。", officer, start.AddDays(1))), ct);
            return;
        }

        var bidders = new[] { "university@techmarket.demo", "institute@techmarket.demo" };
        await StepAsync(id, c => AcceptNda.Decide(c, new AcceptNda(world.Actor(bidders[0]), start.AddDays(1)), world.Organisation(bidders[0])), ct);
        var bidIds = new List<Guid>();
        foreach (var (email, i) in bidders.Select((e, i) => (e, i)))
        {
            // On the open challenge 甬城大学 bids jointly with 宁波智能制造技术研究院 (联合答题), which has confirmed.
            var joint = story.Target == ChallengeStatus.Published && i == 0 ? "institute.zhizao@techmarket.demo" : null;
            bidIds.Add(await BidAsync(id, email, i, start.AddDays(2 + i), ct, joint));
        }

        if (story.Target == ChallengeStatus.Published)
        {
            return;
        }

        var onChallenge = await BidsAsync(id, ct);
        await StepAsync(id, c => CloseBidding.Decide(c, new CloseBidding(closes), onChallenge), ct);

        if (story.Target == ChallengeStatus.BiddingClosed)
        {
            return;
        }

        await ReviewAsync(id, bidIds, complete: story.Target != ChallengeStatus.UnderReview, closes, ct);
        if (story.Target == ChallengeStatus.UnderReview)
        {
            await DrawAndRecuseAsync(id, closes, ct);
            return;
        }

        if (story.Target == ChallengeStatus.Unfilled)
        {
            var unfilled = new CloseUnfilled("两份揭榜方案均未达到90分的及格分，流榜。", ChallengeOptions.DefaultMinimumReviews, officer, closes.AddDays(4));
            await StepAsync(id, c => CloseUnfilled.Decide(c, unfilled), ct);
            return;
        }

        if (story.Mode == ChallengeMode.SingleWinner)
        {
            var feedback = new RecordFeedback(bidIds[1], FeedbackReason.RankedBelowWinners, "方案可行，但中试验证数据不足。", officer, closes.AddDays(4));
            await StepAsync(id, c => RecordFeedback.Decide(c, feedback), ct);
        }

        var award = new AwardChallenge(ChallengeOptions.DefaultMinimumReviews, ChallengeOptions.DefaultPublicityDays, officer, closes.AddDays(4).AddHours(12));
        await StepAsync(id, c => AwardChallenge.Decide(c, award, onChallenge), ct);
        if (story.Target == ChallengeStatus.InPublicity)
        {
            return;
        }

        await StepAsync(id, c => FinaliseAward.Decide(c, new FinaliseAward(officer, now.AddHours(-12))), ct);
        if (story.Target == ChallengeStatus.InProgress)
        {
            var continueAll = bidIds.Select(b => new StageDecision(b, StageOutcome.Continue, "阶段目标达成")).ToList();
            await StepAsync(id, c => ReviewStageGate.Decide(c, new ReviewStageGate(1, continueAll, officer, now.AddHours(-6))), ct);
        }
        else if (story.Target == ChallengeStatus.Completed)
        {
            await StepAsync(id, c => DeliverResults.Decide(c, new DeliverResults(
                Guid.NewGuid(), "编队调度系统已在梅山港区完成30天连续运行，平均等待时间下降27%，详见交付报告。", [], Winner(c), now.AddHours(-9), world.OrganisationOf(Winner(c)))), ct);
            var site = new SiteValidation("梅山港区二期集卡调度中心", now.AddHours(-8).DateInChina(), ["港区调度主管 王海", "甬城大学 赵磊", "镇海区科技局 李明"]);
            await StepAsync(id, c => AcceptResults.Decide(c, new AcceptResults(null, [], site, funder, now.AddHours(-6), world.OrganisationOf(funder))), ct);
        }
        else if (story.Target == ChallengeStatus.Failed)
        {
            var failure = new FailChallenge("揭榜团队核心成员离职，中期验证未能按期完成。", officer, now.AddHours(-6));
            await StepAsync(id, c => FailChallenge.Decide(c, failure), ct);
        }
    }

    /// <summary>A user of the winning organisation, who delivers its results.</summary>
    private Actor Winner(Challenge challenge) =>
        world.Actors.First(a => a.IsIn(Roles.University) && challenge.Results.Any(r => r.Won && r.OrganisationId == a.OrganisationId));

    private async Task ReviewAsync(Guid id, List<Guid> bidIds, bool complete, DateTimeOffset closes, CancellationToken ct)
    {
        var onChallenge = await BidsAsync(id, ct);
        foreach (var (email, i) in Reviewers.Select((e, i) => (e, i)))
        {
            ExpertProfile profile;
            await using (var session = store.QuerySession())
            {
                profile = (await session.LoadAsync<ExpertProfile>(world.Actor(email).UserId, ct))!;
            }

            var assign = new AssignExpert(profile.Id, world.Actor("bureau@techmarket.demo"), closes.AddDays(1));
            await StepAsync(id, c => AssignExpert.Decide(c, assign, profile, onChallenge, []), ct);
            if (!complete && i > 0)
            {
                continue;
            }

            foreach (var (bidId, rank) in bidIds.Select((b, r) => (b, r)))
            {
                var scores = new List<CriterionScore> { new("approach", 9 - (2 * rank), "技术路线清晰"), new("team", 8 - rank, null), new("budget", 7, null) };
                await StepAsync(id, c => ScoreBid.Decide(c, new ScoreBid(LabelOf(c, bidId), scores, world.Actor(email), closes.AddDays(2 + i))), ct);
            }
        }
    }

    /// <summary>The challenge under review also shows 随机抽取 and 回避: one more expert drawn from the pool of its field
    /// (with an alternate when one is left), and a reviewer's recusal from bid B.</summary>
    private async Task DrawAndRecuseAsync(Guid id, DateTimeOffset closes, CancellationToken ct)
    {
        var onChallenge = await BidsAsync(id, ct);
        IReadOnlyList<ExpertProfile> pool;
        await using (var session = store.QuerySession())
        {
            pool = await session.Query<ExpertProfile>().ToListAsync(ct);
        }

        var draw = new DrawExperts(1, 1, ExpertDraw.NewSeed(), world.Actor("bureau@techmarket.demo"), closes.AddDays(1).AddHours(2));
        await StepAsync(id, c => DrawExperts.Decide(c, draw, pool, onChallenge, new Dictionary<Guid, IReadOnlyList<ContractPartner>>()), ct);
        var recusal = new RecuseFromBid("B", "曾与该申报团队负责人合作承担项目，申请回避。", world.Actor(Reviewers[1]), closes.AddDays(2));
        await StepAsync(id, c => RecuseFromBid.Decide(c, recusal), ct);
    }

    private async Task<Guid> BidAsync(Guid challengeId, string email, int variant, DateTimeOffset at, CancellationToken ct, string? member = null)
    {
        var organisation = world.Organisation(email)!;
        var lead = BidParticipant.NewBid(challengeId, organisation.Id);
        var bidId = lead.BidId;
        await using var session = store.LightweightSession();
        var challenge = (await session.LoadAsync<ChallengeDetails>(challengeId, ct))!;
        var content = new BidContent(
            variant == 0 ? "采用原子层沉积包覆与体相掺杂协同改性，配合高通量计算筛选掺杂元素，已完成小试验证。" : "基于机器学习的工艺参数优化与在线监测闭环控制，结合中试线验证，形成可推广的工艺包。",
            variant == 0 ? "材料学院教授2名、副教授3名、博士后4名" : "研究院研究员3名、工程师6名",
            FundingLimits.PerWinnerCap(challenge.Bounty, challenge.Terms) * (variant == 0 ? 0.8m : 0.9m),
            "第1–6个月小试，第7–12个月中试，第13–18个月量产导入",
            []);
        var partner = member is null ? null : world.Organisation(member)!;
        var joint = partner is null
            ? null
            : new JointRequest("牵头单位，负责技术方案与算法研发", content.Budget - 300_000m, [new JointMemberRequest(partner.Id, "中试验证与工程化", 300_000m)]);
        var decision = SubmitBid.Decide(
            null, new SubmitBid(bidId, challengeId, content, world.Actor(email), BidCommitment.NewSalt(), at, joint), challenge, organisation,
            partner is null ? null : new Dictionary<Guid, Organisation> { [partner.Id] = partner });
        session.Insert(lead);
        IReadOnlyList<object> events = Expect(decision);
        if (partner is not null)
        {
            var named = events.OfType<BidEvent>().Aggregate((Bid?)null, Bid.Evolve)!;
            var confirmed = Expect(ConfirmMembership.Decide(named, new ConfirmMembership(world.Actor(member!), at.AddHours(3), world.Organisation(member!)), challenge, inAnotherBid: false));
            BidParticipant.Track(session, named, confirmed);
            events = [.. events, .. confirmed];
        }

        session.Events.StartStream<Bid>(bidId, [.. events]);
        await session.SaveChangesAsync(ct);
        return bidId;
    }

    private async Task<IReadOnlyList<ChallengeBid>> BidsAsync(Guid challengeId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await bids.OnAsync(session, challengeId, ct);
    }

    private async Task StepAsync(Guid id, Func<Challenge, Decision> decide, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForWriting<Challenge>(id, ct);
        stream.AppendMany(Expect(decide(stream.Aggregate!)));
        await session.SaveChangesAsync(ct);
    }

    private static string LabelOf(Challenge challenge, Guid bidId) => challenge.Commitments.Single(c => c.BidId == bidId).Label;

    private static IReadOnlyList<object> Expect(Decision decision) =>
        decision.Error is { } error ? throw new InvalidOperationException($"Demo challenge broke a rule: {error.Code}: {error.Detail}") : decision.Events;

    /// <summary>A challenge refined from its need (凝练): the need's field and public summary, so that the universities
    /// and institutes whose strengths fit it are matched when it is published. The enterprise funds the top of its
    /// need's budget range; the subsidy stays within what that allows.</summary>
    private static DraftChallengeRequest Request(Story story, NeedDetails need, DateTimeOffset opens, DateTimeOffset closes) => new(
        story.Title,
        $"{story.Title}：{need.PublicSummary}面向宁波重点产业链的关键核心技术攻关，欢迎高校院所揭榜。",
        "需求方产线参数、客户名单与目标成本等保密信息，签署保密承诺后可见。",
        "提交技术方案、团队介绍、预算与进度安排；须在揭榜期内完成小试验证并提供检测报告。",
        need.Field,
        [new NeedFunding(need.Id, need.BudgetMax)],
        500_000m,
        opens,
        closes,
        [new Criterion("approach", "技术方案", 50), new Criterion("team", "团队实力", 30), new Criterion("budget", "预算合理性", 20)],
        new Eligibility([OrganisationKind.University, OrganisationKind.Institute], []),
        story.Mode,
        story.Mode == ChallengeMode.HorseRace ? 2 : 1,
        "揭榜方对获悉的保密信息负有保密义务，不得披露或用于本项目以外的用途。",
        story.Mode == ChallengeMode.HorseRace ? [new FundingStage("中期验证", 40), new FundingStage("最终验收", 60)] : [],
        PassMark: story.Target == ChallengeStatus.Unfilled ? 90m : 60m);
}
