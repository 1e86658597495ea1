namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>
/// 评审专家库 entry: who an expert is and what they must not review. The id is the expert's user id;
/// DeclaredConflicts are organisations the expert has said they are connected to (e.g. a former employer).
/// </summary>
public sealed record ExpertProfile(
    Guid Id,
    string Name,
    Guid? OrganisationId,
    IReadOnlyList<string> Fields,
    IReadOnlyList<Guid> DeclaredConflicts);
