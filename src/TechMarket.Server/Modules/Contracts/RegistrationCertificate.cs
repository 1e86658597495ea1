using System.Globalization;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>技术合同登记证明: the registration as a PDF the parties keep (and tax offices ask for).</summary>
public static class RegistrationCertificate
{
    public const string Title = "技术合同登记证明";

    public static string TypeName(ContractType type) => type switch
    {
        ContractType.Development => "技术开发",
        ContractType.Transfer => "技术转让",
        ContractType.Licence => "技术许可",
        ContractType.Consulting => "技术咨询",
        ContractType.Service => "技术服务",
        _ => type.ToString(),
    };

    public static byte[] Render(ContractDetails contract, ReferenceCatalog catalog)
    {
        var registration = contract.Registration ?? throw new InvalidOperationException("Only a registered contract has a certificate.");
        string District(string code) => catalog.DistrictsByCode.TryGetValue(code, out var d) ? d.Name : code;
        string Party(ContractParty p) => $"{p.Name}（{District(p.District)}{(p.Lead ? string.Empty : $"，份额{p.SharePercent:0.##}%")}）";
        var registry = registration.Registry == Jurisdictions.City ? catalog.CityName : District(registration.Registry);
        var pdf = new PdfText($"{Title} {registration.Number}")
            .Line(Title, size: 20, gap: 10)
            .Line($"登记编号：{registration.Number}", gap: 16)
            .Line($"合同名称：{contract.Terms.Title}")
            .Line($"合同类型：{TypeName(registration.Type)}")
            .Line($"卖方（登记方）：{string.Join("；", contract.Parties.Where(p => p.Side == PartySide.Seller).Select(Party))}")
            .Line($"买方：{string.Join("；", contract.Parties.Where(p => p.Side == PartySide.Buyer).Select(Party))}");
        foreach (var foreign in contract.Terms.ForeignParties)
        {
            pdf.Line($"境外当事人：{foreign.Name}（{foreign.Country}，{(foreign.Side == PartySide.Buyer ? "买方" : "卖方")}）");
        }

        pdf.Line($"合同成交额：{Yuan(registration.ContractAmount)}")
            .Line($"技术交易额：{Yuan(registration.TechnologyAmount)}");
        if (contract.Terms.Broker is { } broker)
        {
            pdf.Line($"技术经纪人：{broker.Name}");
        }

        foreach (var correction in registration.Corrections)
        {
            pdf.Line($"核定变更（{correction.Field}）：{correction.Declared} → {correction.Registered}；理由：{correction.Reason}");
        }

        var flags = Flags(registration.Flags);
        return pdf.Line($"登记标记：{(flags.Count == 0 ? "无" : string.Join("、", flags))}")
            .Line($"登记机关：{registry}科学技术局", gap: 16)
            .Line($"登记日期：{registration.RegisteredOn.Year}年{registration.RegisteredOn.Month}月{registration.RegisteredOn.Day}日")
            .Line($"合同编号：{contract.Id}", size: 9, gap: 24)
            .Line("本证明依据技术合同认定登记记录生成，登记编号可在平台核验。", size: 9)
            .ToBytes();
    }

    public static IReadOnlyList<string> Flags(RegistrationFlags flags) =>
    [
        .. flags.OverThreshold ? ["重大合同"] : Array.Empty<string>(),
        .. flags.ForeignParty ? ["涉外合同"] : Array.Empty<string>(),
        .. flags.TaxReliefEligible ? ["可申请税收优惠"] : Array.Empty<string>(),
        .. flags.RelatedParties ? ["关联交易"] : Array.Empty<string>(),
    ];

    private static string Yuan(decimal amount) => string.Create(CultureInfo.InvariantCulture, $"{amount:#,0.00}元（{amount / 10000m:0.####}万元）");
}
