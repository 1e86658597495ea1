namespace TechMarket.Server.Modules.Notifications;

/// <summary>Per user: the last sequence given and the last event that gave one (so a replayed event gives none).</summary>
public sealed class NotificationCounter
{
    public Guid Id { get; set; }

    public long LastSequence { get; set; }

    public long LastEventSequence { get; set; }
}
