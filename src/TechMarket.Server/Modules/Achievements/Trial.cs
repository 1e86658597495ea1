using JasperFx.Core;

namespace TechMarket.Server.Modules.Achievements;

public enum TrialStatus
{
    Active,
    Declined,
    Converted,
}

/// <summary>A trial as decisions see it.</summary>
public sealed record Trial(
    Guid Id, Guid AchievementId, string AchievementTitle, string Field, DealParty Seller, DealParty Buyer, TrialTerms Terms, DateOnly EndsOn, TrialStatus Status)
{
    /// <summary>The one fold of a trial stream ([JasperFxIgnore]: not Marten's instance Evolve convention).</summary>
    [JasperFxIgnore]
    public static Trial? Evolve(Trial? state, TrialEvent e) => (state, e) switch
    {
        (null, TrialStarted s) => new Trial(s.TrialId, s.AchievementId, s.AchievementTitle, s.Field, s.Seller, s.Buyer, s.Terms, s.EndsOn, TrialStatus.Active),
        ({ } t, TrialDeclined) => t with { Status = TrialStatus.Declined },
        ({ } t, TrialConverted) => t with { Status = TrialStatus.Converted },
        _ => state,
    };
}
