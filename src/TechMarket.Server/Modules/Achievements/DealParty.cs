namespace TechMarket.Server.Modules.Achievements;

/// <summary>An organisation in a deal or a trial, as it was when it joined.</summary>
public sealed record DealParty(Guid OrganisationId, string Name, string District);
