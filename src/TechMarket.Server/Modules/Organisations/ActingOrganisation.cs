using Marten.Services.BatchQuerying;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Organisations;

/// <summary>
/// The one rule for a suspended organisation, in every decision of a command taken for an organisation. A suspension
/// revokes its users' tokens on every node within a poll; a command whose token still passes (another node before its
/// poll, a request already past authentication) is refused here, by the decision, with the organisation as read in the
/// command's own round trip. One code for "your organisation is suspended", another for "the other party is": the first
/// tells the user to turn to its bureau, the second that nothing can be started with that party for now.
/// </summary>
public static class ActingOrganisation
{
    public static readonly DomainError Suspended = DomainError.Conflict(
        "organisation-suspended", "Your organisation is suspended by its bureau; it can do nothing on the platform until it is reinstated.");

    public static readonly DomainError PartySuspended = DomainError.Conflict(
        "party-suspended", "Another party this needs is suspended by its bureau; nothing can be done with it until it is reinstated.");

    /// <summary>The caller's organisation was not read, or another was: the command is refused rather than decided on.
    /// A 409, not "not approved" (its status is unknown, and it may well be approved) nor a 403 (the caller's role may
    /// do this; what failed is a read): the caller may try again.</summary>
    public static readonly DomainError Unknown = DomainError.Conflict("organisation-unknown", "Your organisation could not be read; try again.");

    /// <summary>A party the command needs was not read: refused rather than decided on, without saying which.</summary>
    public static readonly DomainError PartyUnknown = DomainError.Conflict("party-unknown", "An organisation this needs is no longer on the platform.");

    /// <summary>Refuses a command of a suspended organisation. <paramref name="own"/> is the caller's organisation as read
    /// with the command. Fails closed: a caller whose token names an organisation is refused when that organisation was
    /// not read (or another was). Only a caller whose token names none (a bureau, an expert) acts for no organisation;
    /// whether such a caller may take the command at all is the command's own rule (its policy, its ownership check).</summary>
    public static DomainError? Refusal(Actor actor, Organisation? own) =>
        actor.OrganisationId is null ? null
        : own is null || !actor.BelongsTo(own.Id) ? Unknown
        : own.Status == OrganisationStatus.Suspended ? Suspended
        : null;

    /// <summary>For the commands that need an approved organisation: a suspended one is refused as suspended, one that was
    /// never approved (pending or rejected) as not approved.</summary>
    public static DomainError? Approved(Organisation organisation) => organisation.Status switch
    {
        OrganisationStatus.Approved => null,
        OrganisationStatus.Suspended => Suspended,
        _ => DomainError.Conflict("organisation-not-approved", "Your organisation's registration has not been approved yet."),
    };

    /// <summary>Refuses a command whose other party (a contract's, a deal's, an award's winner) is suspended — named as the
    /// reason, without that party's data.</summary>
    public static DomainError? PartyRefusal(Organisation? party) =>
        party is { Status: OrganisationStatus.Suspended } ? PartySuspended : null;

    /// <summary>Refuses a command while any party of it other than the caller's organisation is suspended, or was not
    /// read (<paramref name="read"/>: the organisations read with the command).</summary>
    public static DomainError? PartiesRefusal(Actor actor, IEnumerable<Guid> parties, IReadOnlyCollection<Organisation>? read) =>
        parties.Where(id => !actor.BelongsTo(id)).Distinct()
            .Select(id => read?.FirstOrDefault(o => o.Id == id) is { } party ? PartyRefusal(party) : PartyUnknown)
            .FirstOrDefault(refusal => refusal is not null);

    /// <summary>Enlists the caller's own organisation in a stream command's batch (<c>Execute&lt;TState, TReads&gt;</c>).</summary>
    public static Func<IBatchedQuery, Func<Task<Organisation?>>> OwnOrganisation(this RequestContext request) => batch =>
    {
        var loading = batch.Load<Organisation>(request.Actor.OrganisationId ?? Guid.Empty);
        return () => loading;
    };

    /// <summary>A document the command reads before its stream, and the caller's own organisation, in one round trip.</summary>
    public static async Task<(T? Document, Organisation? Own)> LoadWithOwnAsync<T>(this RequestContext request, Guid id)
        where T : class
    {
        var batch = request.Session.CreateBatchQuery();
        var document = batch.Load<T>(id);
        var own = batch.Load<Organisation>(request.Actor.OrganisationId ?? Guid.Empty);
        await batch.Execute(request.Cancellation);
        return (await document, await own);
    }
}
