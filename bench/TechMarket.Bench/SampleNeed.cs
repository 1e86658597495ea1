using System.Globalization;
using System.Text.Json;
using TechMarket.Server.Modules.Needs;

namespace TechMarket.Bench;

/// <summary>The need both halves of the benchmark write: the HTTP half drafts it, the pgbench half inserts
/// a NeedDrafted event of it as one jsonb row, so both move payloads of the same size.</summary>
internal static class SampleNeed
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static NeedContent Content(int number) => new(
        Title: string.Create(CultureInfo.InvariantCulture, $"压铸件在线缺陷检测 bench #{number}"),
        Description: "铝合金压铸件气孔、冷隔等内部缺陷依赖人工抽检，漏检率高。需研发基于X射线与深度学习的在线检测系统，" +
                     "节拍不超过每件6秒，缺陷检出率不低于98%，并能与现有MES系统对接，输出缺陷位置与等级。",
        Field: "0401",
        BudgetMin: 300_000.00m,
        BudgetMax: 800_000.00m,
        DesiredDelivery: new DateOnly(2027, 12, 31),
        PublicSummary: "寻求铝合金压铸件内部缺陷在线检测技术，要求检出率98%以上、节拍6秒以内。",
        ConfidentialDetails: "现有两条压铸产线，年产能约120万件；可提供已标注的X射线图像约3万张。");

    /// <summary>A NeedDrafted event of <see cref="Content"/> as Marten would store it (camelCase JSON), about 1 KB.</summary>
    public static string DraftedEventJson()
    {
        var drafted = new NeedDrafted(
            Guid.CreateVersion7(), Guid.CreateVersion7(), "宁波海曙智能装备股份有限公司", "330203",
            Content(1), Guid.CreateVersion7(), new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(8)));
        return JsonSerializer.Serialize(drafted, Json);
    }
}
