using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>Each accrual and reversal on a contract stream becomes a ledger line, in the same transaction (inline).</summary>
public sealed partial class BrokerLedgerProjection : EventProjection
{
    public void Project(IEvent<BrokerRewardAccrued> e, IDocumentOperations operations)
    {
        var a = e.Data;
        operations.Store(Entry(e.Id, a.Broker, LedgerEntryKind.Accrual, a.ContractId, a.ContractTitle, a.RegistrationNumber, a.SellerDistrict, a.PaymentId,
            a.TechnologyAmount, a.RatePercent, a.Reward, a.AccruedOn, a.At));
    }

    public void Project(IEvent<BrokerRewardReversed> e, IDocumentOperations operations)
    {
        var r = e.Data;
        operations.Store(Entry(e.Id, r.Broker, LedgerEntryKind.Reversal, r.ContractId, r.ContractTitle, r.RegistrationNumber, r.SellerDistrict, r.PaymentId,
            -r.TechnologyAmount, r.RatePercent, -r.Reward, r.ReversedOn, r.At));
    }

    private static BrokerLedgerEntry Entry(
        Guid id, ContractBroker broker, LedgerEntryKind kind, Guid contractId, string title, string number, string district, Guid paymentId,
        decimal technology, decimal rate, decimal reward, DateOnly on, DateTimeOffset at) => new()
    {
        Id = id, BrokerId = broker.UserId, BrokerName = broker.Name, Kind = kind, ContractId = contractId, ContractTitle = title, RegistrationNumber = number,
        SellerDistrict = district, PaymentId = paymentId, TechnologyAmount = technology, RatePercent = rate, Reward = reward, On = on, At = at,
    };
}
