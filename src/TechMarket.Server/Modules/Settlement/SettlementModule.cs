using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.Server.Modules.Settlement;

public static class SettlementModule
{
    public static IServiceCollection AddSettlement(this IServiceCollection services)
    {
        services.AddOptions<SettlementOptions>().BindConfiguration("Settlement");
        services.AddOptions<StripeOptions>().BindConfiguration("Stripe");
        services.AddSingleton<IStripeGateway, StripeNetGateway>();
        services.ConfigureMarten(options =>
        {
            options.Projections.Add(new StreamFold<Voucher, VoucherEvent>(Voucher.Evolve), ProjectionLifecycle.Live);
            options.Projections.Add(new StreamFold<VoucherDetails, VoucherEvent>(VoucherDetailsProjection.Evolve), ProjectionLifecycle.Inline);
            options.Projections.Add<VoucherRedemptionProjection>(ProjectionLifecycle.Inline);
            options.Projections.Add<BrokerLedgerProjection>(ProjectionLifecycle.Inline);
            options.Schema.For<VoucherDetails>().DocumentAlias("voucher_details").Index(v => v.HolderId).Index(v => v.District);
            options.Schema.For<VoucherRedemption>().DocumentAlias("voucher_redemption").Index(r => r.District).Index(r => r.RedeemedOn);
            // A broker's ledger pages newest first by walking (broker, recorded at, id) backwards (BrokerLedgerPages); the
            // broker is a real column, so the figures' aggregate seeks it by the same index, and so is the time (as with
            // "my bids", BidsModule: no SQL function run on each line's write).
            options.Schema.For<BrokerLedgerEntry>().DocumentAlias("broker_ledger").Duplicate(e => e.BrokerId).Duplicate(e => e.At)
                .Index([e => e.BrokerId, e => e.At, e => e.Id], index => index.Name = "mt_doc_broker_ledger_idx_ledger")
                .Index(e => e.SellerDistrict);
            options.Schema.For<OnlinePaymentIndex>().DocumentAlias("online_payment");
            options.Schema.For<StripeEventReceipt>().DocumentAlias("stripe_event");
        });
        return services;
    }

    public static IEndpointRouteBuilder MapSettlement(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/contracts").WithTags("Settlement")
            .MapPayOnline()
            .MapPayByTransfer()
            .MapApplyVoucher()
            .MapConfirmTransfer()
            .MapRejectTransfer();
        app.MapGroup("/api/payments").WithTags("Settlement").MapTransferQueue().MapPaymentMethods();
        app.MapStripeWebhook();
        app.MapGroup("/api/vouchers").WithTags("Vouchers")
            .MapIssueVoucher()
            .MapVoucherQueries();
        app.MapGroup("/api/brokers").WithTags("Brokers").MapBrokerQueries();
        return app;
    }
}
