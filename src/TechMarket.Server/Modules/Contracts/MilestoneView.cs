namespace TechMarket.Server.Modules.Contracts;

public sealed record MilestoneView(
    int Number, string Deliverable, decimal Amount, DateOnly DueOn, MilestoneStatus Status, decimal Confirmed, decimal Held,
    IReadOnlyList<Delivery> Deliveries, IReadOnlyList<Rejection> Rejections, DateTimeOffset? AcceptedAt, DateTimeOffset? PaidAt);
