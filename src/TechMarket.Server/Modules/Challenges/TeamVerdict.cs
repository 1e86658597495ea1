namespace TechMarket.Server.Modules.Challenges;

/// <summary>赛马制 市场判题: a funder's verdict on one team (its bid and label), with an optional note.</summary>
public sealed record TeamVerdict(Guid BidId, string Label, bool Accepted, string? Note);
