namespace TechMarket.Server.Modules.Profiles;

/// <summary>An achievement on a university's third list (优质成果), as the public sees it.</summary>
public sealed record ListedAchievement(Guid Id, string Title, string Field, int Trl, decimal? AskingPrice, bool UseFirstPayLater);

/// <summary>
/// Where the third list of a university or institute comes from: its published achievements. The achievements module
/// implements it from its own read model (<c>PublishedAchievements</c>), so profiles never read another module's
/// documents and achievements, being the later module, depend on profiles and not the reverse.
/// </summary>
public interface IAchievementShelf
{
    /// <summary>How many achievements a third list shows, newest first (as many as the needs of an enterprise's).</summary>
    const int Listed = ProfileQueries.ListedNeeds;

    Task<IReadOnlyList<ListedAchievement>> PublishedByAsync(Guid organisationId, CancellationToken ct);
}
