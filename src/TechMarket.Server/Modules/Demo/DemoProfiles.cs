using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Profiles;

namespace TechMarket.Server.Modules.Demo;

/// <summary>The demo organisations' profiles (三张清单) and the demo broker's interests, seeded before the needs so
/// that the needs accepted at seeding find their universities. Texts are invented.</summary>
internal static class DemoProfiles
{
    private static readonly Dictionary<string, ProfileContent> Profiles = new()
    {
        ["yongcheng"] = new(
            "甬城大学是宁波市属综合性大学，材料、机械与信息学科面向本地产业开展技术攻关与成果转化。",
            ["0401", "0403", "0804", "0103"],
            [
                new("材料科学与工程", "锂离子电池正极材料的包覆与掺杂改性、金属材料表面处理与热处理工艺。"),
                new("机械工程", "精密传动与齿轮修形、注塑成型工艺与模具温控。"),
                new("计算机科学与技术", "港口物流调度优化算法、堆场分配与运筹优化。"),
            ],
            [
                new("新能源材料团队", "陈志远", "研究高镍三元正极材料循环寿命、表面包覆与体相掺杂，具备百公斤级中试条件。"),
                new("港航物流优化团队", "王海峰", "面向集装箱码头的集卡调度、翻箱率优化与船期预测。"),
            ],
            []),
        ["donghai"] = new(
            "东海新材料技术研究院聚焦膜材料、功能涂层和高分子复合材料，服务镇海石化与新材料产业。",
            ["0403", "0402", "0701", "0405"],
            [
                new("高分子分离膜", "反渗透膜、纳滤膜的制备与表面亲水抗污染改性。"),
                new("功能涂层", "抗菌、防腐与耐磨涂层的配方设计与工程化。"),
            ],
            [
                new("膜分离与水处理团队", "孙丽", "开发抗生物污染反渗透膜涂层，延长海水淡化膜清洗周期。"),
            ],
            []),
        ["zhizao"] = new(
            "宁波智能制造技术研究院面向装备制造企业，提供精密传动、机器视觉检测与产线自动化技术服务。",
            ["0805", "0804", "0803", "0801"],
            [
                new("精密传动", "工业机器人RV减速器与谐波减速器的齿形修形、精度保持与寿命试验。"),
                new("机器视觉检测", "光学元件面形非接触检测、光伏组件隐裂在线检测。"),
            ],
            [
                new("机器人关键部件团队", "周建华", "RV减速器传动误差建模、装配工艺与长寿命精度保持。"),
            ],
            []),
        ["yongjiang"] = new(
            "宁波甬江新材料科技有限公司生产锂电正极材料与前驱体，年产能三千吨。",
            ["0401", "0403"],
            [],
            [],
            [new("高镍三元正极材料", "NCM811、NCA正极材料，用于动力电池。"), new("镍钴锰前驱体", "共沉淀法制备的三元前驱体。")]),
        ["haishu"] = new(
            "宁波海曙智能装备股份有限公司制造注塑机械手与工业机器人关节部件。",
            ["0805", "0804"],
            [],
            [],
            [new("注塑机械手", "三轴伺服注塑取件机械手。"), new("机器人关节模组", "集成RV减速器的工业机器人关节。")]),
    };

    public static async Task SeedAsync(IDocumentStore store, DemoWorld world, IReadOnlyDictionary<string, Organisation> organisations, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        foreach (var (key, content) in Profiles)
        {
            var organisation = organisations[key];
            var id = ProfileIds.ForOrganisation(organisation.Id);
            if (await session.Events.FetchStreamStateAsync(id, ct) is not null)
            {
                continue;
            }

            var owner = world.Actors.First(a => a.BelongsTo(organisation.Id));
            var decision = SaveProfile.Decide(null, new SaveProfile(id, content, owner, now), organisation);
            session.Events.StartStream<Profile>(id, decision.Error is null ? [.. decision.Events] : throw new InvalidOperationException(decision.Error.Detail));
        }

        var broker = world.Actor("broker@techmarket.demo");
        var interests = ProfileIds.ForBroker(broker.UserId);
        if (await session.Events.FetchStreamStateAsync(interests, ct) is null)
        {
            var decision = FollowFieldsAndDistricts.Decide(null, new FollowFieldsAndDistricts(
                interests, ["04", "0805"], ["330211"], broker with { Roles = new HashSet<string> { Roles.Broker } }, now));
            session.Events.StartStream<BrokerInterests>(interests, [.. decision.Events]);
        }

        await session.SaveChangesAsync(ct);
    }
}
