using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Search;

public enum SearchKind
{
    /// <summary>技术需求: an accepted need, public summary only.</summary>
    Need,

    /// <summary>榜单: a published challenge, public terms only.</summary>
    Challenge,

    /// <summary>科技成果: a published achievement.</summary>
    Achievement,

    /// <summary>An organisation's profile (三张清单).</summary>
    Profile,
}

/// <summary>
/// What the index holds of one thing: public parts only — never a need's description or confidential details, never
/// a challenge's confidential details, nothing of a bid. Price is a need's budget ceiling, a challenge's bounty or an
/// achievement's asking price (null: negotiable, 面议); PriceMin a need's budget floor; Due a need's desired delivery.
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
    DateTimeOffset At)
{
    public string Key => KeyOf(Kind, Id);

    public static string KeyOf(SearchKind kind, Guid id) => $"{kind}:{id:N}";
}

/// <summary>One change to the index: the document now (null: remove it).</summary>
public sealed record SearchChange(SearchKind Kind, Guid Id, SearchDocument? Document);
