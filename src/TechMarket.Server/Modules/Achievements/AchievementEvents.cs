using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>How an achievement may change hands (成果转化方式).</summary>
public enum TransferMode
{
    /// <summary>转让</summary>
    Transfer,

    /// <summary>许可</summary>
    Licence,

    /// <summary>合作开发</summary>
    CoDevelopment,
}

/// <summary>先用后转: an enterprise may use the achievement free for the trial months; then it converts, at the price
/// and in the mode agreed here, unless the enterprise declined before the end.</summary>
public sealed record TrialTerms(int TrialMonths, decimal ConversionPrice, TransferMode ConversionMode);

/// <summary>What a university or institute publishes. No asking price means negotiable (面议).</summary>
public sealed record AchievementContent(
    string Title,
    [LongText] string Summary,
    string Field,
    int Trl,
    IReadOnlyList<string> Patents,
    IReadOnlyList<TransferMode> TransferModes,
    decimal? AskingPrice = null,
    TrialTerms? Trial = null);

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
