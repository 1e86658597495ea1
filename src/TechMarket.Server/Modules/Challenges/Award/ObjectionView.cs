namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>An objection as its readers see it: the bureau answering it needs to know who objected, by name.</summary>
public sealed record ObjectionView(
    Guid Id, Guid OrganisationId, string OrganisationName, string Reason, DateTimeOffset LodgedAt, bool? Upheld, string? Answer, DateTimeOffset? AnsweredAt);
