using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Matching;

/// <summary>A published subject in the terms of matching: what it wants (a need, a challenge) or offers (an
/// achievement, matched with needs), and who may be matched with it.</summary>
public sealed record MatchSubject(
    MatchSubjectKind Kind, Guid Id, string Title, Guid? OrganisationId, string OrganisationName, string District, string Field, string Text, Want Want,
    IReadOnlyCollection<OrganisationKind> Kinds, IReadOnlyCollection<string> Districts, Offer? Offer = null);
