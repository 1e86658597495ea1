namespace TechMarket.Server.Modules.Settlement;

public enum LedgerEntryKind
{
    /// <summary>计提: a payment settled.</summary>
    Accrual,

    /// <summary>冲回: a refund took (part of) it back.</summary>
    Reversal,
}
