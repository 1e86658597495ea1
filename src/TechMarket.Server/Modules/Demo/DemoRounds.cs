using Marten;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Rounds;

namespace TechMarket.Server.Modules.Demo;

/// <summary>
/// Two collection rounds played through the real decisions: the city's first round of the year, which collected needs
/// from enterprises, an institute and a hospital, was closed, and whose two refined challenges were published together as
/// list 2026-01; and 镇海区's second round, open now, with one need in it.
/// </summary>
internal sealed class DemoRounds(IDocumentStore store, DemoWorld world, DateTimeOffset now)
{
    private sealed record RoundNeed(string Key, string Poster, string Title, string Field, bool Accepted = true, bool Refined = false);

    private const string City = "bureau@techmarket.demo";

    private static readonly RoundNeed[] CityNeeds =
    [
        new("round-coating", "enterprise@techmarket.demo", "锂电池极片涂布面密度在线闭环控制", "0401", Refined: true),
        new("round-crane", "enterprise.beilun@techmarket.demo", "港口岸桥钢结构疲劳裂纹智能监测", "0103"),
        new("round-storage", "enterprise.cixi@techmarket.demo", "储能电站电池热失控早期预警", "0703"),
        new("round-lens", "enterprise.yuyao@techmarket.demo", "车载镜头镀膜均匀性提升", "0803", Accepted: false),
        new("round-corrosion", "institute@techmarket.demo", "海洋环境材料腐蚀加速试验装置", "0701"),
        new("round-sterile", "hospital@techmarket.demo", "手术器械清洗灭菌全流程智能追溯", "0404", Refined: true),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var cityRound = DemoData.StableId("round", "city-2026-1");
        await using (var session = store.QuerySession())
        {
            if (await session.Events.FetchStreamStateAsync(cityRound, ct) is not null)
            {
                return;
            }
        }

        var today = now.DateInChina();
        var round = await OpenAsync(cityRound, "2026年宁波市“揭榜挂帅”技术需求征集（第一批）", City, today.AddDays(20), ct);
        foreach (var need in CityNeeds)
        {
            await NeedAsync(need, round, ct);
        }

        round = await StepAsync(cityRound, r => CloseRound.Decide(r, new CloseRound("第一批征集结束，转入凝练发榜。", world.Actor(City), now)), ct);
        var challenges = new List<Guid>();
        foreach (var need in CityNeeds.Where(n => n.Refined))
        {
            challenges.Add(await ChallengeAsync(need, ct));
        }

        await PublishListAsync(round, challenges, ct);

        var zhenhai = await OpenAsync(DemoData.StableId("round", "zhenhai-2026-2"), "2026年镇海区“揭榜挂帅”需求征集（第二批）", "bureau.zhenhai@techmarket.demo", today.AddDays(120), ct);
        await NeedAsync(new RoundNeed("round-seawall", "institute@techmarket.demo", "海堤结构健康长期监测传感网络", "0701", Accepted: false), zhenhai, ct);
    }

    private async Task<CollectionRound> OpenAsync(Guid id, string name, string officer, DateOnly closes, CancellationToken ct)
    {
        var actor = world.Actor(officer);
        var request = new OpenRoundRequest(name, CollectionRound.LevelOf(actor.Jurisdiction!), now.DateInChina(), closes);
        var events = Expect(OpenRound.Decide(new OpenRound(id, request, actor, now)));
        await using var session = store.LightweightSession();
        session.Events.StartStream<CollectionRound>(id, [.. events]);
        await session.SaveChangesAsync(ct);
        return events.Cast<RoundEvent>().Aggregate((CollectionRound?)null, CollectionRound.Evolve)!;
    }

    private async Task<CollectionRound> StepAsync(Guid id, Func<CollectionRound, Decision> decide, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForWriting<CollectionRound>(id, ct);
        var events = Expect(decide(stream.Aggregate!));
        stream.AppendMany(events);
        await session.SaveChangesAsync(ct);
        return events.Cast<RoundEvent>().Aggregate(stream.Aggregate, CollectionRound.Evolve)!;
    }

    /// <summary>Drafted and submitted into the round by its poster; accepted by the poster's district bureau when so marked.</summary>
    private async Task NeedAsync(RoundNeed demo, CollectionRound round, CancellationToken ct)
    {
        var id = DemoData.StableId("need", demo.Key);
        var poster = world.Actor(demo.Poster);
        var organisation = world.Organisation(demo.Poster)!;
        var content = new NeedContent(
            demo.Title, $"{demo.Title}：现有方案难以满足量产与临床要求，需联合高校院所攻关关键技术并完成中试或示范应用验证。", demo.Field,
            400_000m, 900_000m, now.DateInChina().AddMonths(18), $"寻求{demo.Title}相关技术方案与合作团队。", "现有工艺参数与数据样本签署保密承诺后提供。");
        var events = new List<object>();
        var need = Take(DraftNeed.Decide(new DraftNeed(id, content, poster, now), organisation), null, events);
        need = Take(SubmitNeed.Decide(need, new SubmitNeed(poster, now, round.Id, organisation.Kind, organisation), round), need, events);
        if (demo.Accepted)
        {
            var officer = world.Actors.FirstOrDefault(a => a.IsIn(Roles.Bureau) && a.Jurisdiction == organisation.District) ?? world.Actor(City);
            Take(AcceptNeed.Decide(need, new AcceptNeed(null, null, officer, now)), need, events);
        }

        await using var session = store.LightweightSession();
        session.Events.StartStream<Need>(id, events);
        await session.SaveChangesAsync(ct);
    }

    /// <summary>立题 by the city bureau on one accepted need of the round, its poster confirming the funding.</summary>
    private async Task<Guid> ChallengeAsync(RoundNeed demo, CancellationToken ct)
    {
        var id = DemoData.StableId("challenge", demo.Key);
        var needId = DemoData.StableId("need", demo.Key);
        var officer = world.Actor(City);
        await using (var session = store.LightweightSession())
        {
            var need = (await session.LoadAsync<NeedDetails>(needId, ct))!;
            var request = new DraftChallengeRequest(
                $"{demo.Title}揭榜", $"{need.PublicSummary}列入2026年第一批“揭榜挂帅”榜单，欢迎高校院所揭榜。", "需求方工艺参数与数据样本，签署保密承诺后可见。",
                "提交技术方案、团队介绍、预算与进度安排；须在攻关期内完成中试验证。", need.Field, [new NeedFunding(needId, need.BudgetMax)], 300_000m,
                now, now.AddDays(30), [new Criterion("approach", "技术方案", 50), new Criterion("team", "团队实力", 30), new Criterion("budget", "预算合理性", 20)],
                new Eligibility([OrganisationKind.University, OrganisationKind.Institute], []), ChallengeMode.SingleWinner, 1,
                "揭榜方对获悉的保密信息负有保密义务，不得披露或用于本项目以外的用途。", [], PassMark: 60m);
            session.Events.StartStream<Challenge>(id, [.. Expect(DraftChallenge.Decide(
                new DraftChallenge(id, request, FundingLimits.Default, officer, now), new Dictionary<Guid, NeedDetails> { [needId] = need }))]);
            var needStream = await session.Events.FetchForWriting<Need>(needId, need.Version, ct);
            needStream.AppendMany(Expect(TakeNeedIntoChallenge.Decide(needStream.Aggregate!, new TakeNeedIntoChallenge(id, request.Title, officer, now))));
            await session.SaveChangesAsync(ct);
        }

        await using (var session = store.LightweightSession())
        {
            var challenge = await session.Events.FetchForWriting<Challenge>(id, ct);
            challenge.AppendMany(Expect(ConfirmFunding.Decide(challenge.Aggregate!, new ConfirmFunding(world.Actor(demo.Poster), now, world.Organisation(demo.Poster)))));
            await session.SaveChangesAsync(ct);
        }

        return id;
    }

    /// <summary>发布榜单 2026-01: the round's challenges published together, each through its own publish decision.</summary>
    private async Task PublishListAsync(CollectionRound round, IReadOnlyList<Guid> challengeIds, CancellationToken ct)
    {
        var listId = DemoData.StableId("list", "city-2026-01");
        await using var session = store.LightweightSession();
        var streams = new List<JasperFx.Events.IEventStream<Challenge>>();
        foreach (var id in challengeIds)
        {
            streams.Add(await session.Events.FetchForWriting<Challenge>(id, ct));
        }

        var request = new PublishListRequest(round.Id, "2026-01", "2026年宁波市“揭榜挂帅”榜单（第一批）", challengeIds);
        var events = Expect(PublishList.Decide(
            new PublishList(listId, request, world.Actor(City), now), round, [.. streams.Select(s => s.Aggregate)], challengeIds.ToDictionary(c => c, _ => round.Id)));
        session.Events.StartStream<PublishedList>(listId, events.OfType<ListPublished>().Single());
        foreach (var published in events.OfType<ChallengePublished>())
        {
            streams.Single(s => s.Id == published.ChallengeId).AppendOne(published);
        }

        await session.SaveChangesAsync(ct);
    }

    private static Need Take(Decision decision, Need? state, List<object> events)
    {
        events.AddRange(Expect(decision));
        return decision.Events.Cast<NeedEvent>().Aggregate(state, Need.Evolve)!;
    }

    private static IReadOnlyList<object> Expect(Decision decision) =>
        decision.Error is { } error ? throw new InvalidOperationException($"Demo round broke a rule: {error.Code}: {error.Detail}") : decision.Events;
}
