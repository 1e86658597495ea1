using JasperFx.Core;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>An achievement as decisions see it.</summary>
public sealed record Achievement(
    Guid Id, Guid OrganisationId, string OrganisationName, string District, AchievementContent Content, bool Withdrawn)
{
    public decimal? AskingPrice => Content.AskingPrice;

    /// <summary>The one fold of an achievement stream ([JasperFxIgnore]: not Marten's instance Evolve convention).</summary>
    [JasperFxIgnore]
    public static Achievement? Evolve(Achievement? state, AchievementEvent e) => (state, e) switch
    {
        (null, AchievementPublished p) => new Achievement(p.AchievementId, p.OrganisationId, p.OrganisationName, p.District, p.Content, false),
        ({ } a, AchievementPriceChanged c) => a with { Content = a.Content with { AskingPrice = c.AskingPrice } },
        ({ } a, AchievementWithdrawn) => a with { Withdrawn = true },
        _ => state,
    };
}
