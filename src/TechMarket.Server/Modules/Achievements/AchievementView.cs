namespace TechMarket.Server.Modules.Achievements;

public sealed record AchievementView(
    Guid Id, Guid OrganisationId, string OrganisationName, string District, string Title, string Summary, string Field, int Trl,
    IReadOnlyList<string> Patents, IReadOnlyList<TransferMode> TransferModes, decimal? AskingPrice, IReadOnlyList<PriceChange> PriceHistory,
    TrialTerms? Trial, bool Withdrawn, string? WithdrawalReason, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt);
