using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Rounds;

namespace TechMarket.Server.Modules.Needs;

/// <summary>需求征集: the poster sends its draft to the bureau, into an open collection round (RoundId) or, where its
/// district's bureau allows standing collection, outside one. PosterKind is the posting organisation's kind now.</summary>
/// <param name="Own">The caller's organisation as read with the stream (<see cref="ActingOrganisation"/>).</param>
public sealed record SubmitNeed(Actor Actor, DateTimeOffset Now, Guid? RoundId = null, OrganisationKind PosterKind = OrganisationKind.Enterprise, Organisation? Own = null)
{
    /// <param name="round">The round named by RoundId, as stored (null when there is none such).</param>
    /// <param name="standingCollection">Whether the need's district bureau accepts needs outside an open round.</param>
    public static Decision Decide(Need need, SubmitNeed command, CollectionRound? round = null, bool standingCollection = CollectionPolicy.DefaultStandingCollection)
    {
        var refusal = ActingOrganisation.Refusal(command.Actor, command.Own) ?? NeedRules.OwnerOnly(need, command.Actor) ?? NeedRules.RequireStatus(need, "submitted", NeedStatus.Draft);
        if (refusal is not null)
        {
            return refusal;
        }

        var today = command.Now.DateInChina();
        if (need.Content.DesiredDelivery <= today)
        {
            return DomainError.Conflict("delivery-date-passed", "The desired delivery date has passed; edit the need before submitting it.");
        }

        if ((command.RoundId is null ? Standing(standingCollection) : Round(need, command.RoundId.Value, round, today)) is { } refused)
        {
            return refused;
        }

        return Decision.Accept(new NeedSubmitted(need.Id, command.Actor.UserId, command.Now, command.RoundId, command.PosterKind));
    }

    private static DomainError? Standing(bool allowed) =>
        allowed
            ? null
            : DomainError.Conflict("no-standing-collection", "Your district's bureau collects needs only in its collection rounds; submit the need into an open round.");

    /// <summary>The round's rules for a need: it exists, collects the need's district and is open today.</summary>
    internal static DomainError? Round(Need need, Guid roundId, CollectionRound? round, DateOnly today)
    {
        if (round is null || round.Id != roundId)
        {
            return DomainError.NotFound("round-not-found", "The collection round was not found.");
        }

        if (!round.Collects(need.District))
        {
            return DomainError.Forbidden("round-other-district", $"The round 「{round.Name}」 collects needs of another district only.");
        }

        return round.StatusOn(today) switch
        {
            RoundStatus.Upcoming => DomainError.Conflict("round-not-open", $"The round 「{round.Name}」 opens on {round.Opens:yyyy-MM-dd}."),
            RoundStatus.Closed => DomainError.Conflict("round-closed", $"The round 「{round.Name}」 is closed."),
            _ => null,
        };
    }
}

public static class SubmitNeedEndpoint
{
    public static RouteGroupBuilder MapSubmitNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/submit", (Guid id, Guid? round, [AsParameters] RequestContext request) =>
                // One round trip for everything the decision reads: the need's stream, the poster's own organisation (its
                // kind is recorded, its district names the bureau whose policy applies), the round if one is named, and the
                // bureaus' policies (one small document per bureau that ever set one).
                request.Execute<Need, SubmitReads>(id, "The need", batch =>
                {
                    var poster = batch.Load<Organisation>(request.Actor.OrganisationId ?? Guid.Empty);
                    var collecting = round is { } roundId ? batch.Load<CollectionRound>(roundId) : Task.FromResult<CollectionRound?>(null);
                    var policies = batch.Query<CollectionPolicy>().ToList();
                    return async () => new SubmitReads(await poster, await collecting, await policies);
                }, (need, read) =>
                {
                    var standing = CollectionPolicy.AllowsStanding(read.Policies.FirstOrDefault(p => p.Bureau == read.Poster?.District));
                    var command = new SubmitNeed(request.Actor, request.Now, round, read.Poster?.Kind ?? OrganisationKind.Enterprise, read.Poster);
                    return SubmitNeed.Decide(need, command, read.Round, standing);
                }))
            .RequireAuthorization(Policies.NeedPoster)
            .WithSummary("Submit a draft need to the bureau: into an open collection round (?round=), or outside one where the bureau allows standing collection");
        return group;
    }

    private sealed record SubmitReads(Organisation? Poster, CollectionRound? Round, IReadOnlyList<CollectionPolicy> Policies);
}
