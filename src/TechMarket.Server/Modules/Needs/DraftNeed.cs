using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Needs;

/// <summary>A user of an enterprise, an institute or a hospital starts a need for their own (approved) organisation; the
/// body is <see cref="NeedContent"/>. Universities answer needs; they do not post them.</summary>
public sealed record DraftNeed(Guid NeedId, NeedContent Content, Actor Actor, DateTimeOffset Now)
{
    /// <summary>The kinds of organisation that post needs (the report's share 来自企业 counts the enterprises among them).</summary>
    public static readonly IReadOnlySet<OrganisationKind> PosterKinds =
        new HashSet<OrganisationKind> { OrganisationKind.Enterprise, OrganisationKind.Institute, OrganisationKind.Hospital };

    public static Decision Decide(DraftNeed command, Organisation? organisation)
    {
        if (organisation is null || !command.Actor.BelongsTo(organisation.Id))
        {
            return NotAPoster;
        }

        return MayPost(organisation) ?? Decision.Accept(Drafted(command, organisation));
    }

    /// <summary>The poster's own rules, whoever writes the draft (its user, or an officer importing collected needs):
    /// an organisation of a kind that posts needs, approved.</summary>
    public static DomainError? MayPost(Organisation organisation) =>
        !PosterKinds.Contains(organisation.Kind) ? NotAPoster
        : ActingOrganisation.Approved(organisation);

    /// <summary>The draft's event, once the decision (or the import's) admitted the poster.</summary>
    internal static NeedDrafted Drafted(DraftNeed command, Organisation organisation, bool imported = false) =>
        new(command.NeedId, organisation.Id, organisation.Name, organisation.District, command.Content.Normalised(), command.Actor.UserId, command.Now,
            imported);

    private static readonly DomainError NotAPoster =
        DomainError.Forbidden("not-a-need-poster", "Only users of an enterprise, an institute or a hospital can post technology needs.");
}

public static class DraftNeedEndpoint
{
    public static RouteGroupBuilder MapDraftNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/", async (NeedContent body, [AsParameters] RequestContext request) =>
            {
                var organisation = request.Actor.OrganisationId is { } id ? await request.Session.LoadAsync<Organisation>(id, request.Cancellation) : null;
                var needId = Guid.CreateVersion7();
                var decision = DraftNeed.Decide(new DraftNeed(needId, body, request.Actor, request.Now), organisation);
                return await request.Start<Need>(needId, decision, $"/api/needs/{needId}");
            })
            .RequireAuthorization(Policies.NeedPoster)
            .Validate<NeedContent>()
            .WithSummary("Draft a technology need (技术需求)");
        return group;
    }
}
