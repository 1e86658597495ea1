using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>
/// The rules of the bureau's expert pool, pure: what an expert's own edit does, what the bureau's approval and
/// registration do. The profile is a document guarded by its revision (not a stream), so each rule builds the next
/// document or refuses.
/// </summary>
public static class ExpertPool
{
    /// <summary>An expert's own edit: a first profile is a registration waiting for the bureau; an edit of a pending
    /// one replaces it (still pending); an edit of an approved one waits as a proposal, the entry unchanged.</summary>
    public static ExpertProfile Propose(ExpertProfile? current, Actor expert, ExpertProfileRequest edit, DateTimeOffset now)
    {
        var fields = edit.Fields.Distinct().ToList();
        var conflicts = (edit.DeclaredConflicts ?? []).Distinct().ToList();
        var title = Text(edit.Title);
        return current switch
        {
            null => new ExpertProfile(expert.UserId, expert.Name, expert.OrganisationId, fields, conflicts, title, ExpertStanding.Pending),
            { Standing: ExpertStanding.Pending } => current with { Fields = fields, DeclaredConflicts = conflicts, Title = title },
            _ => current with { Proposed = new ExpertProfileEdit(fields, conflicts, title, now) },
        };
    }

    /// <summary>The bureau approves a pending registration, or applies the edit an approved expert proposed.</summary>
    public static DomainError? Approve(ExpertProfile profile, out ExpertProfile approved)
    {
        approved = profile switch
        {
            { Standing: ExpertStanding.Pending } => profile with { Standing = ExpertStanding.Approved, Proposed = null },
            { Proposed: { } edit } => profile with { Fields = edit.Fields, DeclaredConflicts = edit.DeclaredConflicts, Title = edit.Title, Proposed = null },
            _ => profile,
        };
        return ReferenceEquals(approved, profile)
            ? DomainError.Conflict("nothing-to-approve", $"{profile.Name} is approved and proposed no change.")
            : null;
    }

    /// <summary>The bureau registers an expert account in the pool directly: approved, with what the bureau entered;
    /// a proposal the expert left is superseded.</summary>
    public static ExpertProfile Register(Guid expertId, string name, ExpertRegistrationRequest entry) => new(
        expertId, name, entry.OrganisationId, [.. entry.Fields.Distinct()], [.. (entry.DeclaredConflicts ?? []).Distinct()], Text(entry.Title),
        ExpertStanding.Approved);

    /// <summary>The pool is the city bureau's (市科技局): district officers draw and assign from it, but do not keep it.</summary>
    public static DomainError? CityBureauOnly(Actor officer) =>
        officer.IsIn(Roles.Bureau) && officer.Jurisdiction == Jurisdictions.City
            ? null
            : DomainError.Forbidden("outside-jurisdiction", "Only the city bureau keeps the expert pool.");

    /// <summary>Only approved experts review: refused when assigning a pending one.</summary>
    public static DomainError? RequireApproved(ExpertProfile expert) =>
        expert.Standing == ExpertStanding.Approved
            ? null
            : DomainError.Conflict("expert-not-approved", $"{expert.Name} is not yet approved into the expert pool.");

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
