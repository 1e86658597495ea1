using Riok.Mapperly.Abstractions;

namespace TechMarket.Server.Modules.Achievements;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DealMapper
{
    public static partial DealView ToView(this DealDetails details);
}
