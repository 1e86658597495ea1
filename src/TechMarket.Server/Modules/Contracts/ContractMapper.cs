using Riok.Mapperly.Abstractions;

namespace TechMarket.Server.Modules.Contracts;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ContractMapper
{
    public static partial ContractView ToView(this ContractDetails details);
}
