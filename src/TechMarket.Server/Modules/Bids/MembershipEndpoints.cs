using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Bids;

/// <summary>What the member endpoints share.</summary>
internal static class MembershipEndpoints
{
    /// <summary>The bid, when it names the caller's organisation; null (one 404 for "no such bid" and "not named in it")
    /// otherwise.</summary>
    public static async Task<BidDetails?> NamingAsync(RequestContext request, Guid id) =>
        await request.Session.LoadAsync<BidDetails>(id, request.Cancellation) is { } bid
        && request.Actor.OrganisationId is { } organisation && bid.MemberIds.Contains(organisation)
            ? bid
            : null;
}
