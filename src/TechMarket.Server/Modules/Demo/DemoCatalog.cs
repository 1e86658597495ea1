using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Demo;

/// <summary>The demo world: organisations across Ningbo's districts, one account per role, needs in every state.
/// Names are invented; credit codes are made valid with their check character.</summary>
internal static class DemoCatalog
{
    public const string Password = "Demo@2026!";

    public sealed record DemoOrganisation(string Key, string Name, OrganisationKind Kind, string District, string CreditCode17, bool Approved);

    public sealed record DemoUser(string Email, string DisplayName, string Role, string? OrganisationKey = null, string? Jurisdiction = null);

    public sealed record DemoNeed(string Key, string OrganisationKey, NeedStatus Status, NeedContent Content, string? Note = null, string? RefinedTitle = null);

    public static readonly IReadOnlyList<DemoOrganisation> Organisations =
    [
        new("yongjiang", "宁波甬江新材料科技有限公司", OrganisationKind.Enterprise, "330211", "91330211MA2H4K7X1", true),
        new("haishu", "宁波海曙智能装备股份有限公司", OrganisationKind.Enterprise, "330203", "91330203MA2GQ8N52", true),
        new("beilun", "宁波北仑港航物流科技有限公司", OrganisationKind.Enterprise, "330206", "91330206MA2J0T3L8", true),
        new("cixi", "慈溪锐能新能源有限公司", OrganisationKind.Enterprise, "330282", "91330282MA2CUR6P4", true),
        new("yuyao", "余姚光电精密仪器有限公司", OrganisationKind.Enterprise, "330281", "91330281MA2D5W9Y0", true),
        new("yinzhou", "宁波鄞州康泰生物医药有限公司", OrganisationKind.Enterprise, "330212", "91330212MA2AF1B63", true),
        new("xiangshan", "象山海润海洋食品科技有限公司", OrganisationKind.Enterprise, "330225", "91330225MA2EPR2K7", false),
        new("yongcheng", "甬城大学", OrganisationKind.University, "330205", "12330200470000123", true),
        new("donghai", "东海新材料技术研究院", OrganisationKind.Institute, "330211", "12330211MB1A23456", true),
        new("zhizao", "宁波智能制造技术研究院", OrganisationKind.Institute, "330299", "52330200MJ9876543", true),
        new("hospital", "宁波市镇海区人民医院", OrganisationKind.Hospital, "330211", "12330211MB2H05678", true),
    ];

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("admin@techmarket.demo", "平台管理员", Roles.Admin),
        new("bureau@techmarket.demo", "市科技局 王建国", Roles.Bureau, Jurisdiction: Infrastructure.Identity.Jurisdictions.City),
        new("bureau.zhenhai@techmarket.demo", "镇海区科技局 李敏", Roles.Bureau, Jurisdiction: "330211"),
        new("bureau.haishu@techmarket.demo", "海曙区科技局 陈静", Roles.Bureau, Jurisdiction: "330203"),
        new("enterprise@techmarket.demo", "甬江新材料 张伟（研发总监）", Roles.Enterprise, "yongjiang"),
        new("enterprise.haishu@techmarket.demo", "海曙智能装备 刘洋", Roles.Enterprise, "haishu"),
        new("enterprise.beilun@techmarket.demo", "北仑港航 周涛", Roles.Enterprise, "beilun"),
        new("enterprise.cixi@techmarket.demo", "锐能新能源 黄志强", Roles.Enterprise, "cixi"),
        new("enterprise.yuyao@techmarket.demo", "余姚光电 林晓燕", Roles.Enterprise, "yuyao"),
        new("enterprise.yinzhou@techmarket.demo", "康泰生物 徐磊", Roles.Enterprise, "yinzhou"),
        new("enterprise.pending@techmarket.demo", "象山海润 吴芳", Roles.Enterprise, "xiangshan"),
        new("university@techmarket.demo", "甬城大学技术转移中心 赵磊", Roles.University, "yongcheng"),
        new("institute@techmarket.demo", "东海新材料研究院 孙丽", Roles.University, "donghai"),
        new("institute.zhizao@techmarket.demo", "智能制造研究院 成果转化办 吴昊", Roles.University, "zhizao"),
        new("hospital@techmarket.demo", "镇海区人民医院 科研处 陆婷", Roles.University, "hospital"),
        new("expert@techmarket.demo", "评审专家 钱教授", Roles.Expert, "zhizao"),
        new("expert.li@techmarket.demo", "评审专家 李研究员", Roles.Expert),
        new("expert.chen@techmarket.demo", "评审专家 陈高工", Roles.Expert),
        new("expert.wang@techmarket.demo", "评审专家 王总工", Roles.Expert, "beilun"),
        new("expert.zhou@techmarket.demo", "评审专家 周教授", Roles.Expert, "yuyao"),
        new("expert.zhao@techmarket.demo", "评审专家 赵教授（甬城大学）", Roles.Expert, "yongcheng"),
        new("broker@techmarket.demo", "技术经纪人 郑晓", Roles.Broker),
        new("broker.sun@techmarket.demo", "技术经纪人 孙明", Roles.Broker),
    ];

    private static readonly DateOnly Delivery = new(2027, 12, 31);

    /// <summary>Fields each demo expert reviews (评审专家库).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ExpertFields = new Dictionary<string, string[]>
    {
        ["expert@techmarket.demo"] = ["0401", "0804", "0805"],
        ["expert.li@techmarket.demo"] = ["0401", "0603"],
        ["expert.chen@techmarket.demo"] = ["0403", "0401"],
        ["expert.wang@techmarket.demo"] = ["0103", "0805"],
        ["expert.zhou@techmarket.demo"] = ["0803", "0401", "0805"],
        ["expert.zhao@techmarket.demo"] = ["0401", "0701", "0805"],
    };

    public static readonly IReadOnlyList<DemoNeed> Needs =
    [
        new("cathode", "yongjiang", NeedStatus.Accepted, new NeedContent(
            "高镍三元正极材料循环寿命提升",
            "现有高镍NCM811正极材料在45℃高温循环1000次后容量保持率仅78%，需通过表面包覆或体相掺杂将保持率提升至90%以上，并保持量产工艺兼容。",
            "0401", 800_000m, 1_500_000m, Delivery,
            "寻求高镍三元正极材料改性技术，提升高温循环寿命至1000次保持率90%以上。",
            "目标客户为国内头部动力电池企业，现有产线产能3000吨/年，包覆工艺需兼容现有回转窑。")),
        new("mould", "haishu", NeedStatus.Submitted, new NeedContent(
            "注塑模具随形冷却智能温控系统",
            "汽车内饰件注塑周期长、翘曲变形大，需开发基于随形冷却水路与多点温度反馈的模温智能控制系统，目标缩短成型周期20%。",
            "0804", 300_000m, 600_000m, Delivery,
            "开发注塑模具随形冷却与模温闭环控制系统，缩短成型周期、减少翘曲。",
            "现有设备为海天MA系列注塑机，需开放PLC通讯协议。")),
        new("container", "beilun", NeedStatus.Accepted, new NeedContent(
            "集装箱码头智能调度算法",
            "北仑港区堆场翻箱率高，需研发基于实时船期与堆存数据的集卡调度与堆场分配优化算法，降低翻箱率15%以上。",
            "0103", 1_000_000m, 2_000_000m, Delivery,
            "寻求集装箱堆场分配与集卡调度优化算法，降低翻箱率与集卡空驶率。",
            "可提供近三年脱敏作业数据约2亿条。")),
        new("membrane", "yongjiang", NeedStatus.Draft, new NeedContent(
            "海水淡化反渗透膜抗污染涂层",
            "反渗透膜在高浊度海水工况下生物污染严重，清洗周期不足30天，需开发兼具亲水与抗菌性能的表面涂层。",
            "0701", 200_000m, 500_000m, Delivery,
            "寻求反渗透膜表面抗生物污染涂层技术，延长清洗周期。",
            null)),
        new("pv-crack", "cixi", NeedStatus.Rejected, new NeedContent(
            "光伏组件隐裂在线检测",
            "希望有一套设备能检测光伏组件的隐裂问题，提升产品质量。",
            "0603", 100_000m, 300_000m, Delivery,
            "寻求光伏组件隐裂在线检测设备与算法。",
            null), Note: "需求描述过于笼统，请补充检测节拍、分辨率、漏检率等技术指标后重新提交。"),
        new("suture", "yinzhou", NeedStatus.Withdrawn, new NeedContent(
            "可吸收医用缝合线降解速率调控",
            "聚乙交酯-丙交酯缝合线体内降解速率波动大，需实现14天、28天、56天三档降解周期的稳定调控。",
            "0404", 500_000m, 900_000m, Delivery,
            "寻求可吸收缝合线降解速率精准调控技术。",
            "已完成动物实验方案备案。"), Note: "企业已与合作院校自行立项。"),
        new("reducer", "haishu", NeedStatus.Accepted, new NeedContent(
            "机器人减速器精度问题",
            "工业机器人RV减速器在连续运行2000小时后传动误差由1弧分增大至3弧分，需从齿形修形、材料热处理与装配工艺三方面提出精度保持方案。",
            "0805", 600_000m, 1_200_000m, Delivery,
            "寻求工业机器人RV减速器精度保持技术，2000小时后传动误差不大于1.5弧分。",
            "可提供失效样件与运行数据。"), RefinedTitle: "工业机器人RV减速器长寿命精度保持技术"),
        new("recycling", "cixi", NeedStatus.Submitted, new NeedContent(
            "退役动力电池钴镍高效分离回收",
            "现有湿法回收工艺钴镍分离系数低、萃取剂损耗大，需开发高选择性萃取体系，钴镍回收率均不低于98%。",
            "0703", 700_000m, 1_400_000m, Delivery,
            "寻求退役锂电池钴镍高选择性分离回收技术，回收率不低于98%。",
            "现有中试线一条，处理能力500吨/年。")),
        new("optics", "yuyao", NeedStatus.Accepted, new NeedContent(
            "高精度非球面光学元件检测",
            "车载激光雷达非球面透镜面形精度要求PV值优于0.3μm，现有接触式检测效率低，需开发非接触式在线面形检测方法。",
            "0803", 400_000m, 800_000m, Delivery,
            "寻求非球面光学元件非接触式高精度面形在线检测技术。",
            null)),
    ];
}
