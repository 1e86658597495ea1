namespace TechMarket.Server.Modules.Contracts;

public sealed record Signature(Guid OrganisationId, string SignerName, DateTimeOffset At);
