using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Search;

/// <summary>
/// What the index holds of one thing: public parts only — never a need's description or confidential details, never
/// a challenge's confidential details, nothing of a bid. Price is a need's budget ceiling, a challenge's bounty or an
/// achievement's asking price (null: negotiable, 面议); PriceMin a need's budget floor; Due a need's desired delivery;
/// TransferModes how an achievement may change hands (none for other kinds).
/// </summary>
public sealed record SearchDocument(
    SearchKind Kind,
    Guid Id,
    Guid OrganisationId,
    string OrganisationName,
    OrganisationKind? OrganisationKind,
    string Title,
    string Text,
    IReadOnlyList<string> Fields,
    string District,
    int? Trl,
    decimal? PriceMin,
    decimal? Price,
    bool UseFirstPayLater,
    DateOnly? Due,
    DateTimeOffset At,
    IReadOnlyList<TransferMode>? TransferModes = null)
{
    public string Key => KeyOf(Kind, Id);

    public static string KeyOf(SearchKind kind, Guid id) => $"{kind}:{id:N}";
}
