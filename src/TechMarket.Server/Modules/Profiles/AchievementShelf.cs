namespace TechMarket.Server.Modules.Profiles;

/// <summary>An achievement on a university's third list (优质成果), as the public sees it.</summary>
public sealed record ListedAchievement(Guid Id, string Title, string Field, int Trl, decimal? AskingPrice, bool UseFirstPayLater);

/// <summary>
/// Where the third list of a university or institute comes from: its published achievements. The achievements
/// module (issue 11) is not on main yet; until it is, <see cref="NoAchievementsYet"/> answers, and the lists show
/// strengths and teams only. When it lands, an implementation reading its achievement read model replaces it.
/// </summary>
public interface IAchievementShelf
{
    Task<IReadOnlyList<ListedAchievement>> PublishedByAsync(Guid organisationId, CancellationToken ct);
}

public sealed class NoAchievementsYet : IAchievementShelf
{
    public Task<IReadOnlyList<ListedAchievement>> PublishedByAsync(Guid organisationId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ListedAchievement>>([]);
}
