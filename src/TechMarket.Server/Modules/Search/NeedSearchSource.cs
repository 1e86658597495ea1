using JasperFx.Events;
using Marten;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Search;

/// <summary>Accepted needs: title, public summary, field, budget, district and desired delivery — never the
/// description or the confidential details.</summary>
public sealed class NeedSearchSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Need;

    public Guid? Touched(IEvent e) => e.Data switch
    {
        // A draft starts a stream (Need.Evolve takes it only from no state), and a need is submitted only from a draft
        // (SubmitNeed), so neither can make a need public nor remove one from the index: loading the document to find it
        // is not accepted was the feeder's largest piece of work after a bench's setup (tens of thousands of drafts), a
        // load for every need submit under the command bench, and a load and a reader refresh in the matcher's wait
        // for the events before an accepted need (its submit, just before).
        NeedDrafted or NeedSubmitted => null,
        NeedEvent => e.StreamId, // whatever else happened, the need is indexed as it is now (or removed)
        _ => null,
    };

    public async Task<IReadOnlyDictionary<Guid, SearchDocument?>> LoadAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var needs = (await session.LoadManyAsync<NeedDetails>(ct, ids)).ToDictionary(n => n.Id);
        return ids.ToDictionary(id => id, id => needs.GetValueOrDefault(id) is { Status: NeedStatus.Accepted } n
            ? new SearchDocument(SearchKind.Need, n.Id, n.OrganisationId, n.OrganisationName, OrganisationKind.Enterprise, n.Title, n.PublicSummary, [n.Field], n.District,
                null, n.BudgetMin, n.BudgetMax, false, n.DesiredDelivery, n.AcceptedAt ?? n.UpdatedAt)
            : null);
    }
}
