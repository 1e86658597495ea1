using Riok.Mapperly.Abstractions;

namespace TechMarket.Server.Modules.Achievements;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class TrialMapper
{
    public static partial TrialView ToView(this TrialDetails details);
}
