namespace TechMarket.Server.Modules.Challenges;

/// <summary>An expert of the challenge's field a draw left out, and why: the code of the conflict
/// (<c>expert-conflict-same-organisation</c>, <c>expert-conflict-declared</c>, <c>expert-conflict-recent-contract</c>).</summary>
public sealed record ExcludedExpert(Guid ExpertId, string Name, string Reason);
