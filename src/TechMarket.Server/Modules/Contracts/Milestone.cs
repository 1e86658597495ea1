namespace TechMarket.Server.Modules.Contracts;

/// <summary>A milestone as decisions see it. <see cref="Held"/> is what open payments hold; <see cref="Confirmed"/> what
/// confirmed payments brought in, less refunds.</summary>
public sealed record Milestone(int Number, string Deliverable, decimal Amount, DateOnly DueOn, MilestoneStatus Status, decimal Confirmed, decimal Held)
{
    public decimal Uncovered => Amount - Confirmed - Held;
}
