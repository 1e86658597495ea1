using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Settlement;

public static class BrokerQueries
{
    public static RouteGroupBuilder MapBrokerQueries(this RouteGroupBuilder brokers)
    {
        brokers.MapGet("/", All).RequireAuthorization(Policies.User).WithSummary("The brokers (技术经纪人) a contract may credit");
        brokers.MapGet("/me/ledger", Mine).RequireAuthorization(Policies.Broker)
            .WithSummary("Your reward ledger a page at a time, newest first: accruals and reversals, with the whole ledger's line count and reward total");
        brokers.MapGet("/claims", Claims).RequireAuthorization(Policies.Bureau)
            .WithSummary("Broker reward claim statements of your jurisdiction (by the seller's district) for a period, as Excel or CSV with Chinese headers");
        return brokers;
    }

    private static async Task<Ok<IReadOnlyList<ContractBroker>>> All(Brokers brokers) => TypedResults.Ok(await brokers.AllAsync());

    private static async Task<Results<Ok<BrokerLedger>, ValidationProblem>> Mine(Actor actor, IQuerySession session, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }

        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var (entries, figures) = await BrokerLedgerPages.PageAsync(session, actor.UserId, number, size, ct);
        return TypedResults.Ok(new BrokerLedger(actor.UserId, [.. entries.Select(e => e.ToLine())], figures.Count, figures.Reward, number, size));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Claims(
        Actor actor, IQuerySession session, DateOnly? from, DateOnly? to, ClaimFormat? format, CancellationToken ct)
    {
        if (from > to)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["to"] = ["The period ends before it starts."] });
        }

        var query = session.Query<BrokerLedgerEntry>().AsQueryable();
        if (actor.Jurisdiction != Jurisdictions.City)
        {
            query = query.Where(e => e.SellerDistrict == actor.Jurisdiction);
        }

        if (from is { } start)
        {
            query = query.Where(e => e.On >= start);
        }

        if (to is { } end)
        {
            query = query.Where(e => e.On <= end);
        }

        var entries = await query.OrderBy(e => e.BrokerName).ThenBy(e => e.On).ThenBy(e => e.At).ToListAsync(ct);
        var period = $"{from?.ToString("yyyyMMdd") ?? "起"}-{to?.ToString("yyyyMMdd") ?? "今"}";
        return format == ClaimFormat.Csv
            ? TypedResults.File(await ClaimStatement.CsvAsync(entries, ct), "text/csv; charset=utf-8", $"技术经纪人奖励申领-{period}.csv")
            : TypedResults.File(await ClaimStatement.XlsxAsync(entries, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"技术经纪人奖励申领-{period}.xlsx");
    }
}
