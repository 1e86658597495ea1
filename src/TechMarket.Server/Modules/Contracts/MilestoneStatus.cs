namespace TechMarket.Server.Modules.Contracts;

public enum MilestoneStatus
{
    /// <summary>Waiting for the seller's delivery (again, after a rejection).</summary>
    Open,
    Delivered,

    /// <summary>验收: accepted by the buyer, so it may be paid.</summary>
    Accepted,
    Paid,
    Cancelled,
}
