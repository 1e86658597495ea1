using JasperFx.Core;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>The one fold of <see cref="DealDetails"/>, registered inline through <c>StreamFold</c>.</summary>
public static class DealDetailsProjection
{
    [JasperFxIgnore]
    public static DealDetails? Evolve(DealDetails? snapshot, DealEvent e)
    {
        var details = (snapshot, e) switch
        {
            (_, DealOpened o) => new DealDetails
            {
                Id = o.DealId, AchievementId = o.AchievementId, AchievementTitle = o.AchievementTitle, Seller = o.Seller, Buyer = o.Buyer, Message = o.Message,
                OpenedAt = o.At,
            },
            ({ } d, DealTermsProposed p) => With(d, x => x.Proposals.Add(new Proposal(p.Number, p.ProposedBy, p.Terms, p.At))),
            ({ } d, DealAgreed a) => With(d, x => (x.Status, x.ContractId) = (DealStatus.Agreed, a.ContractId)),
            ({ } d, DealClosed c) => With(d, x => (x.Status, x.ClosingReason) = (DealStatus.Closed, c.Reason)),
            _ => snapshot,
        };
        if (details is not null)
        {
            details.UpdatedAt = e.At;
        }

        return details;
    }

    private static DealDetails With(DealDetails details, Action<DealDetails> change)
    {
        change(details);
        return details;
    }
}
