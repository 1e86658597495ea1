using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Statistics;

public enum TransactionLineKind
{
    /// <summary>认定登记: adds to 技术合同成交额 and 技术交易额.</summary>
    Registration,

    /// <summary>到账: adds to 到账额.</summary>
    Settlement,

    /// <summary>退款冲回: takes from 到账额.</summary>
    Reversal,
}

/// <summary>
/// One line behind the cube (明细): every registration, recorded transaction and reversal, with the coordinates the
/// cube cuts by, so that any figure can be opened into the lines it sums. Keyed by the event's id, so a line is
/// written once however often the daemon projects it; kept by the async daemon in the cube's own pass
/// (<see cref="TransactionCubeProjection"/>).
/// </summary>
public sealed class TransactionLine
{
    public Guid Id { get; set; }

    public TransactionLineKind Kind { get; set; }

    public Guid ContractId { get; set; }

    public Guid? PaymentId { get; set; }

    public string RegistrationNumber { get; set; } = string.Empty;

    public DateOnly Day { get; set; }

    public ContractType Type { get; set; }

    /// <summary>The top-level field the cube cuts by; <see cref="FieldCode"/> is the field as registered.</summary>
    public string Field { get; set; } = string.Empty;

    public string FieldCode { get; set; } = string.Empty;

    public ContractOrigin Origin { get; set; }

    public string SellerDistrict { get; set; } = string.Empty;

    public string BuyerDistrict { get; set; } = string.Empty;

    public Guid SellerOrganisationId { get; set; }

    public Guid BuyerOrganisationId { get; set; }

    public bool Brokered { get; set; }

    public decimal ContractAmount { get; set; }

    public decimal TechnologyAmount { get; set; }

    /// <summary>到账额 of the line: positive when recorded, negative when reversed.</summary>
    public decimal Settled { get; set; }

    public decimal VoucherAmount { get; set; }

    public string DistrictOn(Flow direction) => direction == Flow.Output ? SellerDistrict : BuyerDistrict;

    public decimal Of(Measure measure) => measure switch
    {
        Measure.ContractAmount => ContractAmount,
        Measure.TechnologyAmount => TechnologyAmount,
        _ => Settled,
    };

    /// <summary>The line an event writes, or null for events the statistics do not count.</summary>
    public static TransactionLine? From(Guid eventId, ContractEvent e) => e switch
    {
        ContractRegistered r => new TransactionLine
        {
            Id = eventId, Kind = TransactionLineKind.Registration, ContractId = r.ContractId, RegistrationNumber = r.RegistrationNumber, Day = r.RegisteredOn,
            Type = r.Type, Field = CubeFacts.TopField(r.Field), FieldCode = r.Field, Origin = r.Origin, SellerDistrict = r.SellerDistrict,
            BuyerDistrict = r.BuyerDistrict, SellerOrganisationId = r.SellerOrganisationId, BuyerOrganisationId = r.BuyerOrganisationId,
            Brokered = r.Broker is not null, ContractAmount = r.ContractAmount, TechnologyAmount = r.TechnologyAmount,
        },
        TechnologyTransactionRecorded t => Settlement(eventId, TransactionLineKind.Settlement, t.ContractId, t.PaymentId, t.ConfirmedOn, t.Facts, t.TechnologyAmount, t.VoucherAmount),
        TechnologyTransactionReversed t => Settlement(eventId, TransactionLineKind.Reversal, t.ContractId, t.PaymentId, t.ReversedOn, t.Facts, -t.TechnologyAmount, -t.VoucherAmount),
        _ => null,
    };

    private static TransactionLine Settlement(
        Guid eventId, TransactionLineKind kind, Guid contractId, Guid paymentId, DateOnly day, TransactionFacts f, decimal settled, decimal voucher) => new()
    {
        Id = eventId, Kind = kind, ContractId = contractId, PaymentId = paymentId, RegistrationNumber = f.RegistrationNumber, Day = day, Type = f.Type,
        Field = CubeFacts.TopField(f.Field), FieldCode = f.Field, Origin = f.Origin, SellerDistrict = f.SellerDistrict, BuyerDistrict = f.BuyerDistrict,
        SellerOrganisationId = f.SellerOrganisationId, BuyerOrganisationId = f.BuyerOrganisationId, Brokered = f.BrokerId is not null,
        Settled = settled, VoucherAmount = voucher,
    };
}
