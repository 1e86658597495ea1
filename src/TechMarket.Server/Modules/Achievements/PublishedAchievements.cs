using Marten;
using TechMarket.Server.Modules.Profiles;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>
/// 优质成果, a university's third list: its own achievements while they are on the hall (a withdrawn one leaves the list
/// as it leaves the hall), newest first, with what the hall shows everyone — never the withdrawal reason, the price
/// history's reasons, or anything of the deals and trials on it.
/// </summary>
public sealed class PublishedAchievements(IQuerySession session) : IAchievementShelf
{
    public async Task<IReadOnlyList<ListedAchievement>> PublishedByAsync(Guid organisationId, CancellationToken ct) =>
    [
        .. (await session.Query<AchievementDetails>()
                .Where(a => a.OrganisationId == organisationId && !a.Withdrawn)
                .OrderByDescending(a => a.PublishedAt)
                .ThenBy(a => a.Id)
                .Take(IAchievementShelf.Listed)
                .ToListAsync(ct))
            .Select(a => new ListedAchievement(a.Id, a.Title, a.Field, a.Trl, a.AskingPrice, a.Trial is not null)),
    ];
}
