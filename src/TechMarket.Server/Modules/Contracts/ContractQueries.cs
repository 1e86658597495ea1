using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Contracts;

public static class ContractQueries
{
    public static RouteGroupBuilder MapContractQueries(this RouteGroupBuilder contracts)
    {
        contracts.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.User)
            .WithSummary("One contract in full, with payments and files: for its parties and the registering bureau");
        contracts.MapGet("/{id:guid}/summary", Summary).RequireAuthorization(Policies.User)
            .WithSummary("A registered contract's terms and progress, without payments or files: also for the buyer's bureau and the credited broker");
        contracts.MapGet("/mine", Mine).RequireAuthorization(Policies.Bidder)
            .WithSummary("Your organisation's contracts, in every status");
        contracts.MapGet("/registrations", Registrations).RequireAuthorization(Policies.Bureau)
            .WithSummary("Contracts the caller's bureau registers (seller in its jurisdiction): by default those waiting for registration");
        contracts.MapGet("/{id:guid}/certificate", Certificate).RequireAuthorization(Policies.User)
            .WithSummary("The registration certificate (技术合同登记证明) as PDF");
        contracts.MapGet("/{id:guid}/files/{fileId:guid}", File).RequireAuthorization(Policies.User)
            .WithSummary("Download a file of the contract (parties and the registering bureau)");
        return contracts;
    }

    private static async Task<Results<Ok<ContractView>, ProblemHttpResult>> Get(Guid id, Actor actor, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        if (await session.LoadAsync<ContractDetails>(id, ct) is not { } contract || !ContractVisibility.ActsOn(contract, actor))
        {
            return Problems.NotFound("The contract");
        }

        http.Response.SetETag(contract.Version);
        return TypedResults.Ok(contract.ToView());
    }

    private static async Task<Results<Ok<ContractSummary>, ProblemHttpResult>> Summary(Guid id, Actor actor, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        if (await session.LoadAsync<ContractDetails>(id, ct) is not { } contract
            || !(ContractVisibility.Follows(contract, actor) || (contract.Registration is not null && ContractVisibility.ActsOn(contract, actor))))
        {
            return Problems.NotFound("The contract");
        }

        var summary = ContractVisibility.ToSummary(contract);
        http.Response.SetContentETag(summary);
        return TypedResults.Ok(summary);
    }

    private static async Task<Results<Ok<Paged<ContractListItem>>, ValidationProblem>> Mine(
        Actor actor, IQuerySession session, ContractStatus? status, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }

        var organisation = actor.OrganisationId!.Value;
        var query = session.Query<ContractDetails>().Where(c => c.PartyIds.Contains(organisation));
        if (status is { } wanted)
        {
            query = query.Where(c => c.Status == wanted);
        }

        var results = await query.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id).ToPagedListAsync(page ?? 1, pageSize ?? 20, ct);
        return TypedResults.Ok(new Paged<ContractListItem>([.. results.Select(c => ContractVisibility.ToListItem(c))], results.TotalItemCount, page ?? 1, pageSize ?? 20));
    }

    private static async Task<Results<Ok<Paged<ContractListItem>>, ValidationProblem>> Registrations(
        Actor actor, IQuerySession session, IOptions<ContractOptions> options, ContractStatus? status, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }

        if (status == ContractStatus.Draft)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["status"] = ["Drafts belong to their parties until every party has signed."] });
        }

        var wanted = status ?? ContractStatus.FullySigned;
        var query = session.Query<ContractDetails>().Where(c => c.Status == wanted && c.SignedAt != null);
        if (actor.Jurisdiction != Jurisdictions.City)
        {
            query = query.Where(c => c.SellerDistrict == actor.Jurisdiction);
        }

        var results = await query.OrderBy(c => c.SignedAt).ThenBy(c => c.Id).ToPagedListAsync(page ?? 1, pageSize ?? 20, ct);
        // What registering each declaration as it stands would flag, so the bureau sees it before it decides.
        var tiedIds = results.Where(c => c.Registration is null).Select(c => c.Terms.TiedToContractId).OfType<Guid>().ToArray();
        var tied = tiedIds.Length == 0 ? [] : (await session.LoadManyAsync<ContractDetails>(ct, tiedIds)).ToDictionary(
            d => d.Id, d => new TiedContract(d.Id, d.Registration?.Type ?? d.Terms.Type, d.BuyerOrganisationId, d.SellerOrganisationId));
        RegistrationFlags Expected(ContractDetails c) => RegisterContract.FlagsFor(
            c.Terms, c.Terms.ContractAmount, c.Terms.Type, c.Terms.RelatedParties, c.Terms.TiedToContractId is { } t ? tied.GetValueOrDefault(t) : null,
            options.Value.FlagAmountOver);
        return TypedResults.Ok(new Paged<ContractListItem>(
            [.. results.Select(c => ContractVisibility.ToListItem(c, Expected(c)))], results.TotalItemCount, page ?? 1, pageSize ?? 20));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Certificate(
        Guid id, Actor actor, IQuerySession session, ReferenceCatalog catalog, CancellationToken ct)
    {
        var contract = await session.LoadAsync<ContractDetails>(id, ct);
        if (contract?.Registration is null || !(ContractVisibility.ActsOn(contract, actor) || ContractVisibility.Follows(contract, actor)))
        {
            return Problems.NotFound("The registration certificate");
        }

        return TypedResults.File(RegistrationCertificate.Render(contract, catalog), "application/pdf", $"技术合同登记证明-{contract.Registration.Number}.pdf");
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> File(Guid id, Guid fileId, Actor actor, IQuerySession session, ContractFileContent store, HttpContext http, CancellationToken ct)
    {
        var contract = await session.LoadAsync<ContractDetails>(id, ct);
        var file = await session.LoadAsync<ContractFile>(fileId, ct);
        if (contract is null || file is null || file.ContractId != id || !ContractVisibility.ActsOn(contract, actor)
            || await store.Bytes.OpenReadAsync(fileId, ct) is not { } stream)
        {
            return Problems.NotFound("The file");
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(stream, file.ContentType, file.FileName);
    }
}
