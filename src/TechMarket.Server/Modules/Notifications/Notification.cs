namespace TechMarket.Server.Modules.Notifications;

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
