namespace TechMarket.Server.Modules.Contracts;

public enum PaymentStatus
{
    /// <summary>Opened; its amount is held against the milestone.</summary>
    Open,
    Confirmed,
    Rejected,
    Cancelled,
}
