namespace TechMarket.Server.Modules.Notifications;

/// <summary>Why a contract asks a party for its signature (the "cause" of a <see cref="NoticeKind.SignatureRequested"/>).</summary>
public enum SignatureCause
{
    /// <summary>合同起草: the contract was drafted.</summary>
    Drafted,

    /// <summary>A party revised the draft: every signature given so far is void.</summary>
    Revised,

    /// <summary>不予登记: the bureau sent it back; it is a draft again and its signatures are void.</summary>
    RegistrationRefused,

    /// <summary>Another party signed, and yours is still missing.</summary>
    CounterpartSigned,
}
