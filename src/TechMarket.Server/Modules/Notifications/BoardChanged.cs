using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>A challenge board changed ("board"): what everyone sees on it — never who bid.</summary>
public sealed record BoardChanged(Guid ChallengeId, ChallengeStatus Status, int BidCount, DateTimeOffset ClosesAt, long SecondsLeft);
