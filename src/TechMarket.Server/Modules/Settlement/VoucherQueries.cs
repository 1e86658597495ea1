using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Modules.Settlement;

public static class VoucherQueries
{
    public static RouteGroupBuilder MapVoucherQueries(this RouteGroupBuilder vouchers)
    {
        vouchers.MapGet("/mine", Mine).RequireAuthorization(Policies.Enterprise).WithSummary("Your enterprise's vouchers, with balance and redemptions");
        vouchers.MapGet("/", Issued).RequireAuthorization(Policies.Bureau).WithSummary("Vouchers issued in your jurisdiction");
        vouchers.MapGet("/redemptions", Redemptions).RequireAuthorization(Policies.Bureau)
            .WithSummary("Redemptions in your jurisdiction to reimburse, with the amount used (万元) and enterprises served (家次)");
        vouchers.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.User).WithSummary("One voucher (its enterprise and its bureau)");
        return vouchers;
    }

    private static async Task<Results<Ok<VoucherView>, ProblemHttpResult>> Get(Guid id, Actor actor, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        if (await session.LoadAsync<VoucherDetails>(id, ct) is not { } voucher || !(actor.BelongsTo(voucher.HolderId) || actor.Covers(voucher.District)))
        {
            return Problems.NotFound("The voucher");
        }

        http.Response.SetETag(voucher.Version);
        return TypedResults.Ok(View(voucher));
    }

    private static async Task<Ok<IReadOnlyList<VoucherView>>> Mine(Actor actor, IQuerySession session, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<VoucherView>>([.. (await session.Query<VoucherDetails>().Where(v => v.HolderId == actor.OrganisationId)
            .OrderByDescending(v => v.IssuedAt).ToListAsync(ct)).Select(View)]);

    private static async Task<Results<Ok<Paged<VoucherView>>, ValidationProblem>> Issued(Actor actor, IQuerySession session, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }

        var query = session.Query<VoucherDetails>().AsQueryable();
        if (actor.Jurisdiction != Jurisdictions.City)
        {
            query = query.Where(v => v.District == actor.Jurisdiction);
        }

        var results = await query.OrderByDescending(v => v.IssuedAt).ThenBy(v => v.Id).ToPagedListAsync(page ?? 1, pageSize ?? 20, ct);
        return TypedResults.Ok(new Paged<VoucherView>([.. results.Select(View)], results.TotalItemCount, page ?? 1, pageSize ?? 20));
    }

    private static async Task<Results<Ok<RedemptionReport>, ValidationProblem>> Redemptions(Actor actor, IQuerySession session, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (from > to)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["to"] = ["The period ends before it starts."] });
        }

        var query = session.Query<VoucherRedemption>().AsQueryable();
        if (actor.Jurisdiction != Jurisdictions.City)
        {
            query = query.Where(r => r.District == actor.Jurisdiction);
        }

        if (from is { } start)
        {
            query = query.Where(r => r.RedeemedOn >= start);
        }

        if (to is { } end)
        {
            query = query.Where(r => r.RedeemedOn <= end);
        }

        var items = await query.OrderBy(r => r.RedeemedOn).ThenBy(r => r.Id).ToListAsync(ct);
        var total = items.Sum(r => r.Amount);
        return TypedResults.Ok(new RedemptionReport(
            [.. items.Select(r => r.ToLine())], total, total / 10_000m, items.Select(r => (r.HolderId, r.ContractId)).Distinct().Count()));
    }

    private static VoucherView View(VoucherDetails v) => new(
        v.Id, v.HolderId, v.HolderName, v.District, v.Amount, v.Balance, v.ExpiresOn, v.Uses, v.Providers, v.MaxSharePercent, v.Redemptions, v.IssuedAt);
}
