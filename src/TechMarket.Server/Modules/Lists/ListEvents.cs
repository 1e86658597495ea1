namespace TechMarket.Server.Modules.Lists;

/// <summary>Everything that happens to a published list: the closed set of events on its stream.</summary>
public abstract record ListEvent(Guid ListId, DateTimeOffset At);

/// <summary>发布榜单: the bureau published the challenges refined from one round together, under a number unique to the
/// bureau (e.g. 2024-01), on one date; each challenge's own ChallengePublished is appended in the same transaction.</summary>
public sealed record ListPublished(
    Guid ListId, string Bureau, Guid RoundId, string RoundName, string Number, string Title, DateOnly PublishedOn,
    IReadOnlyList<ListedChallenge> Challenges, Guid By, DateTimeOffset At)
    : ListEvent(ListId, At);

/// <summary>A challenge on a list, with its title as published.</summary>
public sealed record ListedChallenge(Guid ChallengeId, string Title);
