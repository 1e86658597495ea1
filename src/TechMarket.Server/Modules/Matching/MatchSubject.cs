using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Matching;

/// <summary>A published subject in the terms of matching: what it wants, and who may be matched with it.</summary>
public sealed record MatchSubject(
    MatchSubjectKind Kind, Guid Id, string Title, Guid? OrganisationId, string OrganisationName, string District, string Field, string Text, Want Want,
    IReadOnlyCollection<OrganisationKind> Kinds, IReadOnlyCollection<string> Districts);
