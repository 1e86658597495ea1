using JasperFx.Core;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>The one fold of <see cref="TrialDetails"/>, registered inline through <c>StreamFold</c>.</summary>
public static class TrialDetailsProjection
{
    [JasperFxIgnore]
    public static TrialDetails? Evolve(TrialDetails? snapshot, TrialEvent e)
    {
        switch (snapshot, e)
        {
            case (null, TrialStarted s):
                return new TrialDetails
                {
                    Id = s.TrialId, AchievementId = s.AchievementId, AchievementTitle = s.AchievementTitle, Seller = s.Seller, Buyer = s.Buyer, Terms = s.Terms,
                    StartsOn = s.StartsOn, EndsOn = s.EndsOn, Status = TrialStatus.Active, UpdatedAt = s.At,
                };
            case ({ } t, TrialDeclined d):
                (t.Status, t.DeclineReason, t.UpdatedAt) = (TrialStatus.Declined, d.Reason, d.At);
                return t;
            case ({ } t, TrialConverted c):
                (t.Status, t.ContractId, t.UpdatedAt) = (TrialStatus.Converted, c.ContractId, c.At);
                return t;
            default:
                return snapshot;
        }
    }
}
