using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>The answer to a create: the new contract's id (its location and ETag come as headers).</summary>
public sealed record ContractCreated(Guid Id);

/// <summary>The write model: Marten folds a contract stream for FetchForWriting with <see cref="Contract.Evolve"/>.</summary>
public sealed class ContractProjection : SingleStreamProjection<Contract, Guid>
{
    public override Contract? Evolve(Contract? snapshot, Guid id, IEvent e) => e.Data is ContractEvent data ? Contract.Evolve(snapshot, data) : snapshot;
}

public static class ContractWrites
{
    /// <summary>Starts a contract stream with a decision's events (and whatever else must commit with it); 201 with its id.</summary>
    public static Task<IResult> StartAsync(RequestContext rc, Guid contractId, Decision decision, Action<IDocumentSession>? alongside = null) =>
        rc.StartAsync<Contract, ContractCreated>(contractId, decision, $"/api/contracts/{contractId}", new ContractCreated(contractId), alongside);

    /// <summary>Loads the contract at the caller's If-Match version, decides, appends; 204 with the new ETag.</summary>
    /// <param name="alongside">What must commit with the events (another stream, a unique claim); run on every attempt.</param>
    public static Task<IResult> ExecuteAsync(
        RequestContext rc, Guid contractId, Func<Contract, Decision> decide, Func<Decision, IResult>? answer = null, Func<Contract, Decision, Task>? alongside = null) =>
        rc.Session.Execute(rc.Http, contractId, "The contract", decide, rc.Cancellation, answer, alongside);

    /// <summary>A contract a decision may rely on, as far as the caller may know it.</summary>
    public static async Task<TiedContract?> TiedAsync(IQuerySession session, Guid? contractId, Actor actor, CancellationToken ct) =>
        contractId is { } id && await session.LoadAsync<ContractDetails>(id, ct) is { } tied && tied.IsParty(actor.OrganisationId)
            ? new TiedContract(tied.Id, tied.Registration?.Type ?? tied.Terms.Type, tied.BuyerOrganisationId, tied.SellerOrganisationId)
            : null;
}
