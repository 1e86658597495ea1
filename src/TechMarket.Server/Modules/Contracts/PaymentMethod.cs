namespace TechMarket.Server.Modules.Contracts;

public enum PaymentMethod
{
    /// <summary>Online, through a Stripe PaymentIntent; Stripe's webhook confirms it.</summary>
    Online,

    /// <summary>By bank transfer; the bureau of the registering district confirms the receipt.</summary>
    BankTransfer,

    /// <summary>创新券: part of the milestone covered by an innovation voucher; confirmed when applied.</summary>
    Voucher,
}
