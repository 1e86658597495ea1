using JasperFx.Events;
using Marten;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Search;

/// <summary>Achievements on the hall (not withdrawn ones): what the hall shows everyone — title, summary, field, TRL,
/// transfer modes, asking price (or negotiable) and whether it is offered 先用后转. Never the withdrawal reason, nothing
/// of the deals or trials on it (their own streams, which no source reads).</summary>
public sealed class AchievementSearchSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Achievement;

    public Guid? Touched(IEvent e) => e.Data switch
    {
        AchievementEvent => e.StreamId, // published, repriced, withdrawn: indexed as it is now, or removed
        _ => null,
    };

    public async Task<IReadOnlyDictionary<Guid, SearchDocument?>> LoadAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var achievements = (await session.LoadManyAsync<AchievementDetails>(ct, ids)).Where(a => !a.Withdrawn).ToDictionary(a => a.Id);
        // The owner's kind (university or institute) is what matching filters candidates by.
        var owners = (await session.LoadManyAsync<Organisation>(ct, [.. achievements.Values.Select(a => a.OrganisationId).Distinct()])).ToDictionary(o => o.Id);
        return ids.ToDictionary(id => id, id => achievements.GetValueOrDefault(id) is { } a
            ? new SearchDocument(SearchKind.Achievement, a.Id, a.OrganisationId, a.OrganisationName, owners.GetValueOrDefault(a.OrganisationId)?.Kind, a.Title,
                a.Summary, [a.Field], a.District, a.Trl, null, a.AskingPrice, a.Trial is not null, null, a.PublishedAt, [.. a.TransferModes])
            : null);
    }
}
