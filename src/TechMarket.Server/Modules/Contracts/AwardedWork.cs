namespace TechMarket.Server.Modules.Contracts;

/// <summary>What a contract needs to know of an award, read from the challenge in one place.</summary>
public sealed record AwardedWork(
    Guid ChallengeId, string Title, string Field, bool Contractable, IReadOnlyList<AwardFunder> Funders, IReadOnlyList<AwardedTeam> Winners);
