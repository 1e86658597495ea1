using Riok.Mapperly.Abstractions;

namespace TechMarket.Server.Modules.Settlement;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class RedemptionMapper
{
    public static partial RedemptionLine ToLine(this VoucherRedemption redemption);
}
