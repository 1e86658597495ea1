namespace TechMarket.Server.Modules.Challenges;

/// <summary>A sealed bid's receipt, published at close so anyone can check no bid changed afterwards.</summary>
public sealed record PublishedCommitment(string Label, Guid BidId, string Commitment, DateTimeOffset LastChangedAt);
