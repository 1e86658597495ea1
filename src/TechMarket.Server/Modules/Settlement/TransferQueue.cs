using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Settlement;

public static class TransferQueue
{
    public static RouteGroupBuilder MapTransferQueue(this RouteGroupBuilder payments)
    {
        payments.MapGet("/transfers", async Task<Ok<IReadOnlyList<PendingTransfer>>> (Actor actor, IQuerySession session, CancellationToken ct) =>
            {
                var query = session.Query<ContractDetails>().Where(c => c.OpenTransfers > 0);
                if (actor.Jurisdiction != Jurisdictions.City)
                {
                    query = query.Where(c => c.SellerDistrict == actor.Jurisdiction);
                }

                var contracts = await query.OrderBy(c => c.UpdatedAt).Take(500).ToListAsync(ct);
                return TypedResults.Ok<IReadOnlyList<PendingTransfer>>([
                    .. contracts.SelectMany(c => c.Payments.Where(p => p is { Method: PaymentMethod.BankTransfer, Status: PaymentStatus.Open, Transfer: not null })
                        .Select(p => new PendingTransfer(
                            c.Id, c.Terms.Title, c.Registration?.Number ?? string.Empty, c.Parties.First(x => x.Side == PartySide.Buyer && x.Lead).Name,
                            c.Parties.First(x => x.Side == PartySide.Seller && x.Lead).Name, p.Id, p.Milestone, p.Amount, p.Transfer!, p.OpenedAt)))
                        .OrderBy(t => t.ReportedAt),
                ]);
            })
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Bank-transfer receipts waiting for your confirmation (contracts registered in your jurisdiction)");
        return payments;
    }
}
