namespace TechMarket.Server.Modules.Settlement;

/// <summary>A Stripe event that was processed: written in the same transaction as its effects, under the event's id,
/// so an event delivered twice (or twice at once) changes things once.</summary>
public sealed class StripeEventReceipt
{
    /// <summary>The event's id (evt_…).</summary>
    public string Id { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public Guid? ContractId { get; set; }

    public Guid? PaymentId { get; set; }

    /// <summary>Why the event changed nothing, when it did not (unknown intent, an amount that does not match…).</summary>
    public string? Ignored { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
