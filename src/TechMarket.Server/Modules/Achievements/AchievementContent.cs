using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Achievements;

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
