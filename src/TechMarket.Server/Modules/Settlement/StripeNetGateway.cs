using Microsoft.Extensions.Options;
using Stripe;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>Stripe.net against Stripe's API (or, in tests, a local stand-in at <see cref="StripeOptions.ApiBase"/>).</summary>
public sealed class StripeNetGateway(IOptions<StripeOptions> options) : IStripeGateway
{
    private readonly StripeOptions _options = options.Value;
    private StripeClient? _client;

    public bool Enabled => _options.Enabled;

    private StripeClient Client => _client ??= new StripeClient(apiKey: _options.SecretKey, apiBase: string.IsNullOrWhiteSpace(_options.ApiBase) ? null : _options.ApiBase);

    public async Task<StartedIntent> CreatePaymentIntentAsync(Guid paymentId, Guid contractId, int milestone, decimal amount, CancellationToken ct)
    {
        var intent = await new PaymentIntentService(Client).CreateAsync(
            new PaymentIntentCreateOptions
            {
                Amount = SettlementRules.Fen(amount),
                Currency = "cny",
                AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
                Metadata = new Dictionary<string, string>
                {
                    ["payment_id"] = paymentId.ToString(), ["contract_id"] = contractId.ToString(), ["milestone"] = milestone.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
            },
            new RequestOptions { IdempotencyKey = $"techmarket-payment-{paymentId}" },
            ct);
        return new StartedIntent(intent.Id, intent.ClientSecret);
    }

    public Event Verify(string body, string? signature, DateTimeOffset now) =>
        EventUtility.ConstructEvent(body, signature ?? string.Empty, _options.WebhookSecret, _options.WebhookToleranceSeconds, now.ToUnixTimeSeconds(),
            throwOnApiVersionMismatch: false);
}
