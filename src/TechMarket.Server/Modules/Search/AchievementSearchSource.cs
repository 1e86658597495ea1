using JasperFx.Events;
using Marten;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Search;

/// <summary>Achievements on the hall (not withdrawn ones, nor those of a suspended organisation): what the hall shows
/// everyone — title, summary, field, TRL, transfer modes, asking price (or negotiable) and whether it is offered 先用后转.
/// Never the withdrawal reason, nothing of the deals or trials on it (their own streams, which no source reads).</summary>
public sealed class AchievementSearchSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Achievement;

    public Guid? Touched(IEvent e) => e.Data switch
    {
        AchievementEvent => e.StreamId, // published, repriced, withdrawn: indexed as it is now, or removed
        OrganisationSuspended or OrganisationReinstated => e.StreamId, // the organisation's id: every achievement of it
        _ => null,
    };

    /// <summary>An id is an achievement's, or an organisation's standing for all its achievements (a suspension takes
    /// them off the index, a reinstatement puts the listed ones back).</summary>
    public async Task<IReadOnlyDictionary<Guid, SearchDocument?>> LoadAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.ToArray();
        var achievements = (await session.LoadManyAsync<AchievementDetails>(ct, wanted))
            .Concat(await session.Query<AchievementDetails>().Where(a => wanted.Contains(a.OrganisationId)).ToListAsync(ct))
            .DistinctBy(a => a.Id).ToList();
        // The owner's kind (university or institute) is what matching filters candidates by.
        var owners = (await session.LoadManyAsync<Organisation>(ct, [.. achievements.Select(a => a.OrganisationId).Distinct()])).ToDictionary(o => o.Id);
        var documents = ids.Where(id => !owners.ContainsKey(id)).ToDictionary(id => id, _ => (SearchDocument?)null);
        foreach (var a in achievements)
        {
            var owner = owners.GetValueOrDefault(a.OrganisationId);
            documents[a.Id] = a.Withdrawn || owner is { Status: OrganisationStatus.Suspended }
                ? null
                : new SearchDocument(SearchKind.Achievement, a.Id, a.OrganisationId, a.OrganisationName, owner?.Kind, a.Title, a.Summary, [a.Field], a.District,
                    a.Trl, null, a.AskingPrice, a.Trial is not null, null, a.PublishedAt, [.. a.TransferModes]);
        }

        return documents;
    }
}
