using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

public static class ContractWrites
{
    /// <summary>Starts a contract stream with a decision's events (and whatever else must commit with it); 201 with its id.</summary>
    public static Task<Results<Created<CreatedResource>, ValidationProblem, ProblemHttpResult>> Start(
        RequestContext rc, Guid contractId, Decision decision, Action<IDocumentSession>? alongside = null) =>
        rc.Start<Contract>(contractId, decision, $"/api/contracts/{contractId}", alongside);

    /// <summary>Loads the contract at the caller's If-Match version, decides, appends; 204 with the new ETag.</summary>
    /// <param name="alongside">What must commit with the events (another stream, a unique claim); run on every attempt.</param>
    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Execute(
        RequestContext rc, Guid contractId, Func<Contract, Decision> decide, Func<Contract, Decision, Task>? alongside = null) =>
        rc.Execute<Contract, NoContent>(contractId, "The contract", decide, _ => TypedResults.NoContent(), alongside);

    /// <summary>A party's command: like <see cref="Execute(RequestContext, Guid, Func{Contract, Decision}, Func{Contract, Decision, Task}?)"/>,
    /// with the caller's own organisation read in the contract's batch for the decision (<see cref="ActingOrganisation"/>).</summary>
    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ExecuteAsParty(
        RequestContext rc, Guid contractId, Func<Contract, Organisation?, Decision> decide, Func<Contract, Decision, Task>? alongside = null) =>
        rc.Execute<Contract, Organisation?, NoContent>(contractId, "The contract", rc.OwnOrganisation(), decide, _ => TypedResults.NoContent(), alongside);

    /// <summary>A party's command that moves the contract towards the other parties (sign, revise, accept): like
    /// <c>ExecuteAsParty</c>, with every party's organisation read in the same batch (<see cref="ContractPartyReads"/>).</summary>
    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ExecuteTowardsParties(
        RequestContext rc, Guid contractId, Func<Contract, PartyReads, Decision> decide, Func<Contract, Decision, Task>? alongside = null) =>
        rc.Execute<Contract, PartyReads, NoContent>(contractId, "The contract", rc.ContractParties(contractId), decide, _ => TypedResults.NoContent(), alongside);

    /// <summary>A contract a decision may rely on, as far as the caller may know it.</summary>
    public static async Task<TiedContract?> TiedAsync(IQuerySession session, Guid? contractId, Actor actor, CancellationToken ct) =>
        contractId is { } id && await session.LoadAsync<ContractDetails>(id, ct) is { } tied && tied.IsParty(actor.OrganisationId)
            ? new TiedContract(tied.Id, tied.Registration?.Type ?? tied.Terms.Type, tied.BuyerOrganisationId, tied.SellerOrganisationId)
            : null;
}
