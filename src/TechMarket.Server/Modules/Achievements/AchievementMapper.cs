using Riok.Mapperly.Abstractions;

namespace TechMarket.Server.Modules.Achievements;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AchievementMapper
{
    public static partial AchievementView ToView(this AchievementDetails details);
}
