using Riok.Mapperly.Abstractions;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Needs;

/// <summary>What the enterprise that posted a need and the bureau see: everything.</summary>
public sealed record NeedView(
    Guid Id, long Version, Guid OrganisationId, string OrganisationName, string District, NeedStatus Status,
    string Title, string Description, string Field, decimal BudgetMin, decimal BudgetMax, DateOnly DesiredDelivery,
    string PublicSummary, string? ConfidentialDetails, string? Indicators, string? OriginalTitle, string? OriginalField,
    string? RejectionReason, string? WithdrawalReason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt, DateTimeOffset? AcceptedAt, IReadOnlyList<NeedChallenge> Challenges,
    IReadOnlyList<NeedRefinementRecord> Refinements, NeedWithdrawalAsk? WithdrawalRequest, Guid? RoundId, OrganisationKind? PosterKind);

/// <summary>What everyone else sees of a listed need: the public summary, never the description or confidential details.</summary>
public sealed record NeedSummary(
    Guid Id, Guid OrganisationId, string OrganisationName, string District, NeedStatus Status, string Title,
    string Field, decimal BudgetMin, decimal BudgetMax, DateOnly DesiredDelivery, string PublicSummary, DateTimeOffset? AcceptedAt);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class NeedMapper
{
    public static partial NeedView ToView(this NeedDetails details);

    public static partial NeedSummary ToSummary(this NeedDetails details);
}
