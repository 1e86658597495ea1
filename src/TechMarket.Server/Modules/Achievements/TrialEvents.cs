using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>Everything that happens to a 先用后转 trial licence.</summary>
public abstract record TrialEvent(Guid TrialId, DateTimeOffset At);

/// <summary>An enterprise took the achievement on trial, at no cost, from StartsOn to the day before EndsOn (China time).</summary>
public sealed record TrialStarted(
    Guid TrialId, Guid AchievementId, string AchievementTitle, string Field, DealParty Seller, DealParty Buyer, TrialTerms Terms, DateOnly StartsOn,
    DateOnly EndsOn, Guid By, DateTimeOffset At) : TrialEvent(TrialId, At);

/// <summary>The enterprise declined before the end: no contract follows.</summary>
public sealed record TrialDeclined(Guid TrialId, [LongText] string Reason, Guid By, DateTimeOffset At) : TrialEvent(TrialId, At);

/// <summary>The trial ended without a decline: the platform drafted the pre-agreed contract.</summary>
public sealed record TrialConverted(Guid TrialId, Guid ContractId, DateTimeOffset At) : TrialEvent(TrialId, At);
