using System.Text;
using System.Text.Json.Nodes;
using TechMarket.IntegrationTests.Infrastructure;

namespace TechMarket.IntegrationTests.Contracts;

/// <summary>Sends Stripe events to the server's webhook as Stripe does: the raw JSON body, signed at the server's now.</summary>
public static class StripeWebhooks
{
    public const string Path = "/api/payments/stripe/webhook";

    public static Task<HttpResponseMessage> SendAsync(TechMarketHost host, string type, JsonObject dataObject, string? eventId = null) =>
        SendRawAsync(host, StripeStandIn.Event(eventId ?? "evt_" + Guid.NewGuid().ToString("N")[..24], type, dataObject, host.Clock.GetUtcNow()));

    public static Task<HttpResponseMessage> SendRawAsync(TechMarketHost host, string payload, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path)
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature ?? StripeStandIn.Signature(payload, host.Clock.GetUtcNow()));
        return host.CreateBrowser(host.NextAddress()).SendAsync(request);
    }
}
