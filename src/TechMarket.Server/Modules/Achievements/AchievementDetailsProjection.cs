using JasperFx.Core;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>The one fold of <see cref="AchievementDetails"/>, registered inline through <c>StreamFold</c>.</summary>
public static class AchievementDetailsProjection
{
    [JasperFxIgnore]
    public static AchievementDetails? Evolve(AchievementDetails? snapshot, AchievementEvent e)
    {
        switch (snapshot, e)
        {
            case (null, AchievementPublished p):
                var c = p.Content;
                return new AchievementDetails
                {
                    Id = p.AchievementId, OrganisationId = p.OrganisationId, OrganisationName = p.OrganisationName, District = p.District, Title = c.Title,
                    Summary = c.Summary, Field = c.Field, Trl = c.Trl, Patents = [.. c.Patents], TransferModes = [.. c.TransferModes], AskingPrice = c.AskingPrice,
                    PriceHistory = [new PriceChange(c.AskingPrice, null, p.At)], Trial = c.Trial, PublishedAt = p.At, UpdatedAt = p.At,
                };
            case ({ } a, AchievementPriceChanged p):
                a.AskingPrice = p.AskingPrice;
                a.PriceHistory.Add(new PriceChange(p.AskingPrice, p.Reason, p.At));
                a.UpdatedAt = p.At;
                return a;
            case ({ } a, AchievementWithdrawn w):
                (a.Withdrawn, a.WithdrawalReason, a.UpdatedAt) = (true, w.Reason, w.At);
                return a;
            default:
                return snapshot;
        }
    }
}
