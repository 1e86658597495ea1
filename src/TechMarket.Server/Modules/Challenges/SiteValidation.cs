namespace TechMarket.Server.Modules.Challenges;

/// <summary>车间验题: results validated on the production floor — where, on which day, and who took part.</summary>
public sealed record SiteValidation(string Site, DateOnly Date, IReadOnlyList<string> Participants);
