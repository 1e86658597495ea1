using Marten.Services.BatchQuerying;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>What a command that moves a contract towards its other parties reads besides the stream: the caller's own
/// organisation and every party's, as they are now.</summary>
public sealed record PartyReads(Organisation? Own, IReadOnlyList<Organisation> Parties);

/// <summary>
/// Money and obligations must not flow to a suspended organisation, so signing, revising, accepting a milestone and
/// paying read every party of the contract with the command (<see cref="ActingOrganisation.PartiesRefusal"/>). The
/// parties come from the contract's own row in the same batch as the stream's fetch — one round trip, as for the
/// caller's organisation alone; a contract's parties are fixed when it is drafted (a revision changes its terms only).
/// </summary>
public static class ContractPartyReads
{
    private const string PartiesOf =
        $"where id in (select party::uuid from {MartenSetup.Schema}.mt_doc_contract_details c, jsonb_array_elements_text(c.data -> 'partyIds') p(party) where c.id = ?)";

    /// <summary>Enlists the caller's organisation and the contract's parties' in a batch.</summary>
    public static Func<IBatchedQuery, Func<Task<PartyReads>>> ContractParties(this RequestContext request, Guid contractId) => batch =>
    {
        var own = batch.Load<Organisation>(request.Actor.OrganisationId ?? Guid.Empty);
        var parties = batch.Query<Organisation>(PartiesOf, contractId);
        return async () => new PartyReads(await own, await parties);
    };
}
