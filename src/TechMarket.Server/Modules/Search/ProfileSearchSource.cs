using JasperFx.Events;
using Marten;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Profiles;

namespace TechMarket.Server.Modules.Search;

/// <summary>Profiles of approved organisations: summary, strengths, teams and products. A profile is found under its
/// organisation's id, which is how everyone addresses it (/api/profiles/{organisationId}); its stream id stays inside.</summary>
public sealed class ProfileSearchSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Profile;

    public Guid? Touched(IEvent e) => e.Data switch
    {
        ProfileSaved saved => saved.OrganisationId,
        OrganisationApproved or OrganisationSuspended or OrganisationReinstated => e.StreamId,
        _ => null,
    };

    public async Task<IReadOnlyDictionary<Guid, SearchDocument?>> LoadAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var profiles = (await session.LoadManyAsync<ProfileDetails>(ct, [.. ids.Select(ProfileIds.ForOrganisation)])).ToDictionary(p => p.OrganisationId);
        var organisations = (await session.LoadManyAsync<Organisation>(ct, [.. ids])).ToDictionary(o => o.Id);
        return ids.ToDictionary(id => id, id => profiles.GetValueOrDefault(id) is { } p && organisations.GetValueOrDefault(id) is { IsApproved: true }
            ? ToDocument(p)
            : null);
    }

    public static SearchDocument ToDocument(ProfileDetails p)
    {
        var c = p.Content;
        var text = string.Join('\n', new[] { c.Summary }
            .Concat(c.Strengths.Select(s => $"{s.Name} {s.Description}"))
            .Concat(c.Teams.Select(t => $"{t.Name} {t.Description}"))
            .Concat(c.Products.Select(x => $"{x.Name} {x.Description}")));
        var title = string.Join(' ', new[] { p.OrganisationName }.Concat(c.Strengths.Select(s => s.Name)).Concat(c.Products.Select(x => x.Name)));
        return new SearchDocument(SearchKind.Profile, p.OrganisationId, p.OrganisationId, p.OrganisationName, p.Kind, title, text, c.Fields, p.District,
            null, null, null, false, null, p.UpdatedAt);
    }
}
