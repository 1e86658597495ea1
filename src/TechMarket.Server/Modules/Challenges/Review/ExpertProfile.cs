namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>Where an expert stands in the bureau's pool: only approved experts are assigned or drawn.</summary>
public enum ExpertStanding
{
    /// <summary>Registered by the expert, waiting for the bureau.</summary>
    Pending,
    Approved,
}

/// <summary>
/// 评审专家库 entry, kept by the bureau: who an expert is (title, organisation), what they review (fields) and what they
/// must not review (DeclaredConflicts — organisations they are connected to, e.g. a former employer). The id is the
/// expert's user id. An expert's own edit of an approved entry waits in Proposed until the bureau approves it. Entries
/// stored before the pool was the bureau's carry no standing and count as approved.
/// </summary>
public sealed record ExpertProfile(
    Guid Id,
    string Name,
    Guid? OrganisationId,
    IReadOnlyList<string> Fields,
    IReadOnlyList<Guid> DeclaredConflicts,
    string? Title = null,
    ExpertStanding Standing = ExpertStanding.Approved,
    ExpertProfileEdit? Proposed = null);

/// <summary>What an expert asked to change in its approved entry, applied when the bureau approves it.</summary>
public sealed record ExpertProfileEdit(IReadOnlyList<string> Fields, IReadOnlyList<Guid> DeclaredConflicts, string? Title, DateTimeOffset ProposedAt);
