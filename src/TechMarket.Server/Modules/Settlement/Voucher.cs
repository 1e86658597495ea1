using System.Collections.Immutable;
using JasperFx.Core;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>A voucher as decisions see it: whose, how much is left, until when, for what, and where it was used.</summary>
public sealed record Voucher(
    Guid Id, Guid HolderId, string HolderName, string District, decimal Amount, decimal Balance, DateOnly ExpiresOn, IReadOnlyList<VoucherUse> Uses,
    IReadOnlyList<Guid> Providers, decimal MaxSharePercent, ImmutableDictionary<(Guid ContractId, int Milestone), Guid> Redemptions)
{
    /// <summary>The one fold of a voucher stream ([JasperFxIgnore]: not Marten's instance Evolve convention).</summary>
    [JasperFxIgnore]
    public static Voucher? Evolve(Voucher? state, VoucherEvent e) => (state, e) switch
    {
        (null, VoucherIssued i) => new Voucher(
            i.VoucherId, i.HolderId, i.HolderName, i.District, i.Amount, i.Amount, i.ExpiresOn, i.Uses, i.Providers, i.MaxSharePercent,
            ImmutableDictionary<(Guid, int), Guid>.Empty),
        ({ } v, VoucherRedeemed r) => v with { Balance = v.Balance - r.Amount, Redemptions = v.Redemptions.SetItem((r.ContractId, r.Milestone), r.PaymentId) },
        _ => state,
    };
}
