namespace TechMarket.Server.Modules.Notifications;

/// <summary>What a personal notice is about (the client words it in its language from the kind and the values).</summary>
public enum NoticeKind
{
    /// <summary>A need, challenge or achievement matches you; values: score, subjectKind, counterpartKind, matchId.</summary>
    MatchFound,

    /// <summary>The bureau accepted your need (and listed it).</summary>
    NeedAccepted,

    /// <summary>The bureau rejected your need; value: reason.</summary>
    NeedRejected,

    /// <summary>You were assigned to review a challenge's bids.</summary>
    ReviewAssigned,

    /// <summary>A challenge you bid on was awarded; values: won, rank.</summary>
    AwardResult,
}

/// <summary>
/// One user's stored notice. Sequence numbers count each user's notices from 1 with no gaps, in the order the events
/// behind them were committed, so "everything after n" is exactly what a client that saw n missed.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public long Sequence { get; set; }

    public NoticeKind Kind { get; set; }

    /// <summary>What it is about: a match, a need, a challenge.</summary>
    public Guid SubjectId { get; set; }

    public string Title { get; set; } = string.Empty;

    public Dictionary<string, string> Values { get; set; } = [];

    public DateTimeOffset At { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>Per user: the last sequence given and the last event that gave one (so a replayed event gives none).</summary>
public sealed class NotificationCounter
{
    public Guid Id { get; set; }

    public long LastSequence { get; set; }

    public long LastEventSequence { get; set; }
}

/// <summary>A notice as the user reads it, pushed ("notice") and listed.</summary>
public sealed record NoticeMessage(
    long Sequence, NoticeKind Kind, Guid SubjectId, string Title, IReadOnlyDictionary<string, string> Values, DateTimeOffset At, bool Read)
{
    public static NoticeMessage From(Notification n) => new(n.Sequence, n.Kind, n.SubjectId, n.Title, n.Values, n.At, n.ReadAt is not null);
}

/// <summary>A challenge board changed ("board"): what everyone sees on it — never who bid.</summary>
public sealed record BoardChanged(Guid ChallengeId, Challenges.ChallengeStatus Status, int BidCount, DateTimeOffset ClosesAt, long SecondsLeft);
