namespace TechMarket.Server.Modules.Settlement;

/// <summary>Which contract and payment a PaymentIntent belongs to, so a webhook finds them without trusting metadata.</summary>
public sealed class OnlinePaymentIndex
{
    /// <summary>The PaymentIntent's id (pi_…).</summary>
    public string Id { get; set; } = string.Empty;

    public Guid ContractId { get; set; }

    public Guid PaymentId { get; set; }
}
