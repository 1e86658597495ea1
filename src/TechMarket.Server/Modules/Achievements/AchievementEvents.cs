using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>Everything that happens to an achievement (科技成果).</summary>
public abstract record AchievementEvent(Guid AchievementId, DateTimeOffset At);

/// <summary>发布: on the achievement hall, with its asking price (专利明码标价) or negotiable.</summary>
public sealed record AchievementPublished(
    Guid AchievementId, Guid OrganisationId, string OrganisationName, string District, AchievementContent Content, Guid By, DateTimeOffset At)
    : AchievementEvent(AchievementId, At);

/// <summary>A new asking price (or negotiable), with the reason; the history stays visible.</summary>
public sealed record AchievementPriceChanged(Guid AchievementId, decimal? AskingPrice, [LongText] string Reason, Guid By, DateTimeOffset At)
    : AchievementEvent(AchievementId, At);

/// <summary>Taken off the hall; deals and trials under way go on.</summary>
public sealed record AchievementWithdrawn(Guid AchievementId, [LongText] string Reason, Guid By, DateTimeOffset At) : AchievementEvent(AchievementId, At);
