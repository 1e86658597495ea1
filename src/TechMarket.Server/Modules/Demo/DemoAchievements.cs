using Marten;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Demo;

/// <summary>Demo achievements on the hall (one negotiable, one repriced, one offered 先用后转), two trials running (one ending
/// tomorrow) and a deal under negotiation, played through the real decisions.</summary>
internal sealed class DemoAchievements(IDocumentStore store, DemoWorld world, DateTimeOffset now)
{
    private sealed record Story(string Key, string Owner, AchievementContent Content, decimal? Repriced = null);

    private static readonly Story[] Stories =
    [
        new("ald-coating", "university@techmarket.demo", new AchievementContent(
            "高镍正极材料原子层沉积包覆技术", "在高镍NCM811表面原子层沉积2nm氧化铝包覆层，45℃循环1000次容量保持率由78%提升至92%，已完成百公斤级中试。",
            "0401", 6, ["ZL201710601862.3"], [TransferMode.Transfer, TransferMode.Licence], 1_800_000m), Repriced: 1_500_000m),
        new("defect-vision", "university@techmarket.demo", new AchievementContent(
            "光伏组件隐裂深度学习检测算法", "基于电致发光图像的隐裂检测模型，检测节拍1.2秒/片，漏检率低于0.3%，可嵌入现有EL检测工位。",
            "0103", 7, ["ZL200310102344.5"], [TransferMode.Licence, TransferMode.CoDevelopment], null, new TrialTerms(6, 600_000m, TransferMode.Licence))),
        new("membrane", "institute@techmarket.demo", new AchievementContent(
            "抗生物污染反渗透膜表面接枝改性", "两性离子聚合物表面接枝，膜通量衰减率降低60%，清洗周期延长至90天。", "0701", 5, [],
            [TransferMode.CoDevelopment, TransferMode.Licence])),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var story in Stories)
        {
            var id = DemoData.StableId("achievement", story.Key);
            await using var session = store.LightweightSession();
            if (await session.Events.FetchStreamStateAsync(id, ct) is not null)
            {
                continue;
            }

            var owner = world.Actor(story.Owner);
            var events = Expect(PublishAchievement.Decide(new PublishAchievement(id, world.Organisation(story.Owner), story.Content, owner, now.AddDays(-45)))).ToList();
            if (story.Repriced is { } price)
            {
                var published = Achievement.Evolve(null, (AchievementEvent)events[0])!;
                events.AddRange(Expect(ChangeAchievementPrice.Decide(published, new ChangeAchievementPrice(price, "专利年费减免后下调挂牌价", owner, now.AddDays(-20), world.Organisation(story.Owner)))));
            }

            session.Events.StartStream<Achievement>(id, events);
            await session.SaveChangesAsync(ct);
        }

        await EnsureTrialsAsync(ct);
        await EnsureDealAsync(ct);
    }

    /// <summary>Two trials of the defect-vision algorithm: one well under way, and one whose six months end tomorrow, which
    /// the converter turns into its licence contract unless 北仑's enterprise declines first.</summary>
    private async Task EnsureTrialsAsync(CancellationToken ct)
    {
        await EnsureTrialAsync("defect-vision-cixi", "enterprise.cixi@techmarket.demo", now.AddDays(-10), ct);
        await EnsureTrialAsync("defect-vision-beilun", "enterprise.beilun@techmarket.demo", now.AddMonths(-6).AddDays(1), ct);
    }

    private async Task EnsureTrialAsync(string key, string enterprise, DateTimeOffset takenAt, CancellationToken ct)
    {
        var id = DemoData.StableId("trial", key);
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(id, ct) is not null)
        {
            return;
        }

        var achievement = await session.Events.AggregateStreamAsync<Achievement>(DemoData.StableId("achievement", "defect-vision"), token: ct);
        session.Events.StartStream<Trial>(id, [.. Expect(StartTrial.Decide(achievement!,
            new StartTrial(id, world.Organisation(enterprise), false, world.Actor(enterprise), takenAt, OwnerOf(achievement!))))]);
        await session.SaveChangesAsync(ct);
    }

    private async Task EnsureDealAsync(CancellationToken ct)
    {
        var id = DemoData.StableId("deal", "ald-coating-haishu");
        await using var session = store.LightweightSession();
        if (await session.Events.FetchStreamStateAsync(id, ct) is not null)
        {
            return;
        }

        var achievement = await session.Events.AggregateStreamAsync<Achievement>(DemoData.StableId("achievement", "ald-coating"), token: ct);
        const string enterprise = "enterprise.haishu@techmarket.demo";
        var opened = (DealOpened)Expect(OpenDeal.Decide(achievement!, new OpenDeal(id, world.Organisation(enterprise), "希望以普通许可方式引进，用于储能电池产线。",
            world.Actor(enterprise), now.AddDays(-6), OwnerOf(achievement!))))[0];
        var terms = new ContractTerms("高镍正极包覆技术普通许可", ContractType.Licence, "0401", 1_200_000m, 1_200_000m,
            [new MilestoneTerms("技术资料交付与现场指导", 500_000m, DateOnly.FromDateTime(now.AddMonths(2).UtcDateTime)),
                new MilestoneTerms("中试线工艺验证通过", 700_000m, DateOnly.FromDateTime(now.AddMonths(6).UtcDateTime))], null, [], false, null);
        var proposed = Expect(ProposeDealTerms.Decide(Deal.Evolve(null, opened)!, new ProposeDealTerms(terms, world.Actor("university@techmarket.demo"), now.AddDays(-3),
            OwnerOf(achievement!))));
        session.Events.StartStream<Deal>(id, [opened, .. proposed]);
        await session.SaveChangesAsync(ct);
    }

    private Organisation OwnerOf(Achievement achievement) => world.Organisations.Single(o => o.Id == achievement.OrganisationId);

    private static IReadOnlyList<object> Expect(Decision decision) =>
        decision.Error is { } error ? throw new InvalidOperationException($"Demo achievement broke a rule: {error.Code}: {error.Detail}") : decision.Events;
}
