namespace TechMarket.Server.Modules.Notifications;

/// <summary>A notice as the user reads it, pushed ("notice") and listed.</summary>
public sealed record NoticeMessage(
    long Sequence, NoticeKind Kind, Guid SubjectId, string Title, IReadOnlyDictionary<string, string> Values, DateTimeOffset At, bool Read)
{
    public static NoticeMessage From(Notification n) => new(n.Sequence, n.Kind, n.SubjectId, n.Title, n.Values, n.At, n.ReadAt is not null);
}
