using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;
using Microsoft.AspNetCore.Http.HttpResults;
using Riok.Mapperly.Abstractions;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Achievements;

public sealed record Proposal(int Number, Guid ProposedBy, ContractTerms Terms, DateTimeOffset At);

/// <summary>A deal as its two sides read it: the achievement, both sides, every proposal, and the contract once agreed.</summary>
public sealed record DealView(
    Guid Id, long Version, Guid AchievementId, string AchievementTitle, DealParty Seller, DealParty Buyer, string Message, DealStatus Status,
    IReadOnlyList<Proposal> Proposals, Guid? ContractId, string? ClosingReason, DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DealMapper
{
    public static partial DealView ToView(this DealDetails details);
}

/// <summary>A deal as its two sides read it.</summary>
public sealed class DealDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid AchievementId { get; set; }

    public string AchievementTitle { get; set; } = string.Empty;

    public DealParty Seller { get; set; } = null!;

    public DealParty Buyer { get; set; } = null!;

    public string Message { get; set; } = string.Empty;

    public DealStatus Status { get; set; }

    public List<Proposal> Proposals { get; set; } = [];

    public Guid? ContractId { get; set; }

    public string? ClosingReason { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class DealDetailsProjection : SingleStreamProjection<DealDetails, Guid>
{
    public override DealDetails? Evolve(DealDetails? snapshot, Guid id, IEvent e)
    {
        var details = e.Data switch
        {
            DealOpened o => new DealDetails
            {
                Id = o.DealId, AchievementId = o.AchievementId, AchievementTitle = o.AchievementTitle, Seller = o.Seller, Buyer = o.Buyer, Message = o.Message,
                OpenedAt = o.At,
            },
            DealTermsProposed p when snapshot is not null => With(snapshot, d => d.Proposals.Add(new Proposal(p.Number, p.ProposedBy, p.Terms, p.At))),
            DealAgreed a when snapshot is not null => With(snapshot, d => (d.Status, d.ContractId) = (DealStatus.Agreed, a.ContractId)),
            DealClosed c when snapshot is not null => With(snapshot, d => (d.Status, d.ClosingReason) = (DealStatus.Closed, c.Reason)),
            _ => snapshot,
        };
        if (details is not null && e.Data is DealEvent de)
        {
            details.UpdatedAt = de.At;
        }

        return details;
    }

    private static DealDetails With(DealDetails details, Action<DealDetails> change)
    {
        change(details);
        return details;
    }
}

public static class DealQueries
{
    public static RouteGroupBuilder MapDealQueries(this RouteGroupBuilder deals)
    {
        deals.MapGet("/mine", async Task<Ok<IReadOnlyList<DealView>>> (Actor actor, IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<DealView>>([.. (await session.Query<DealDetails>()
                    .Where(d => d.Buyer.OrganisationId == actor.OrganisationId || d.Seller.OrganisationId == actor.OrganisationId)
                    .OrderByDescending(d => d.UpdatedAt).ToListAsync(ct)).Select(d => d.ToView())]))
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("Your organisation's deals on achievements, either side");
        deals.MapGet("/{id:guid}", async Task<Results<Ok<DealView>, ProblemHttpResult>> (Guid id, Actor actor, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                if (await session.LoadAsync<DealDetails>(id, ct) is not { } deal
                    || !(actor.BelongsTo(deal.Buyer.OrganisationId) || actor.BelongsTo(deal.Seller.OrganisationId)))
                {
                    return Problems.NotFound("The deal");
                }

                http.Response.SetETag(deal.Version);
                return TypedResults.Ok(deal.ToView());
            })
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("One deal with its proposals (its two sides)");
        return deals;
    }
}
