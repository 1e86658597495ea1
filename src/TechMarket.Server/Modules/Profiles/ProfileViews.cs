using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>A need on an enterprise's third list (技术需求): its public summary only.</summary>
public sealed record ListedNeed(Guid Id, string Title, string Field, decimal BudgetMin, decimal BudgetMax, string PublicSummary);

/// <summary>
/// An organisation's three lists (三张清单) as everyone may read them. A university or institute: 优势专业
/// (Strengths), 优秀团队 (Teams), 优质成果 (Achievements, its published achievements). An enterprise: 产业领域
/// (Fields), 产品信息 (Products), 技术需求 (Needs, its accepted needs). Version only for the organisation itself.
/// </summary>
public sealed record ThreeLists(
    Guid OrganisationId, string OrganisationName, OrganisationKind Kind, string District, string Summary, IReadOnlyList<string> Fields,
    IReadOnlyList<Strength> Strengths, IReadOnlyList<Team> Teams, IReadOnlyList<ListedAchievement> Achievements,
    IReadOnlyList<Product> Products, IReadOnlyList<ListedNeed> Needs, DateTimeOffset UpdatedAt, long? Version);

/// <summary>A broker's fields and districts; Version is null until it first follows anything.</summary>
public sealed record BrokerInterestsView(IReadOnlyList<string> Fields, IReadOnlyList<string> Districts, long? Version);
