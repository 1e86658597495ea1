namespace TechMarket.Server.Modules.Settlement;

/// <summary>Stripe (section <c>Stripe</c>). Without both keys, online payment is switched off and everything else works.</summary>
public sealed class StripeOptions
{
    /// <summary>The secret API key (sk_test_… while testing).</summary>
    public string? SecretKey { get; set; }

    /// <summary>The publishable key (pk_test_…) the browser loads Stripe.js with; without it the web app shows the
    /// PaymentIntent and waits for the webhook instead of taking card details itself.</summary>
    public string? PublishableKey { get; set; }

    /// <summary>The webhook endpoint's signing secret (whsec_…).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the Stripe API is; only tests change it (to a local stand-in).</summary>
    public string? ApiBase { get; set; }

    /// <summary>How old a webhook's signed timestamp may be; Stripe's libraries use 300 seconds.</summary>
    public int WebhookToleranceSeconds { get; set; } = 300;

    public bool Enabled => !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(WebhookSecret);
}
