using Riok.Mapperly.Abstractions;

namespace TechMarket.Server.Modules.Settlement;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class LedgerMapper
{
    public static partial LedgerLine ToLine(this BrokerLedgerEntry entry);
}
