using Marten.Services.BatchQuerying;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>What an owner's command on its achievement (or a side's on its deal) reads besides the stream, in the stream's
/// batch: the caller's own organisation as it is now — the achievement's owner whenever the command gets past
/// <see cref="AchievementRules.OwnerOnly"/>.</summary>
internal static class OwnerReads
{
    public static Func<IBatchedQuery, Func<Task<Organisation?>>> OwnOrganisation(this RequestContext request) => batch =>
    {
        var loading = batch.Load<Organisation>(request.Actor.OrganisationId ?? Guid.Empty);
        return () => loading;
    };
}
