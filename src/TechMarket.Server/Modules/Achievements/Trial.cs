using JasperFx.Core;
using JasperFx.Events;
using Marten.Events.Aggregation;

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

public sealed class TrialProjection : SingleStreamProjection<Trial, Guid>
{
    public override Trial? Evolve(Trial? snapshot, Guid id, IEvent e) => e.Data is TrialEvent data ? Trial.Evolve(snapshot, data) : snapshot;
}

/// <summary>A trial as its enterprise, its university and their bureaus read it; the converter finds due trials here.</summary>
public sealed class TrialDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid AchievementId { get; set; }

    public string AchievementTitle { get; set; } = string.Empty;

    public DealParty Seller { get; set; } = null!;

    public DealParty Buyer { get; set; } = null!;

    public TrialTerms Terms { get; set; } = null!;

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public TrialStatus Status { get; set; }

    public string? DeclineReason { get; set; }

    public Guid? ContractId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class TrialDetailsProjection : SingleStreamProjection<TrialDetails, Guid>
{
    public override TrialDetails? Evolve(TrialDetails? snapshot, Guid id, IEvent e)
    {
        switch (snapshot, e.Data)
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
