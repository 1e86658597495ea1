using JasperFx.Events;
using Marten.Events.Aggregation;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>One asking price and when it was set (null: negotiable); the first is the published one.</summary>
public sealed record PriceChange(decimal? AskingPrice, string? Reason, DateTimeOffset At);

/// <summary>An achievement as the hall shows it, with its price history.</summary>
public sealed class AchievementDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid OrganisationId { get; set; }

    public string OrganisationName { get; set; } = string.Empty;

    public string District { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public string Field { get; set; } = string.Empty;

    public int Trl { get; set; }

    public List<string> Patents { get; set; } = [];

    public List<TransferMode> TransferModes { get; set; } = [];

    public decimal? AskingPrice { get; set; }

    public List<PriceChange> PriceHistory { get; set; } = [];

    public TrialTerms? Trial { get; set; }

    public bool Withdrawn { get; set; }

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class AchievementDetailsProjection : SingleStreamProjection<AchievementDetails, Guid>
{
    public override AchievementDetails? Evolve(AchievementDetails? snapshot, Guid id, IEvent e)
    {
        switch (snapshot, e.Data)
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
