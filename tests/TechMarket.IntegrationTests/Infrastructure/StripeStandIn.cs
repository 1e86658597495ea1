using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
#pragma warning disable IDE0005 // The web tests compile this file too, and their SDK imports the namespace implicitly.
using Microsoft.Extensions.Logging;
#pragma warning restore IDE0005

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>
/// A local stand-in for Stripe's API, so tests never reach the internet: a small Kestrel app that answers the
/// PaymentIntent calls the server makes in Stripe's wire format (form-encoded requests, JSON objects back, the same
/// object for a repeated Idempotency-Key), and builds webhook events signed exactly as Stripe signs them —
/// <c>Stripe-Signature: t=…,v1=HMAC-SHA256(secret, "{t}.{payload}")</c>.
/// </summary>
public sealed class StripeStandIn : IAsyncDisposable
{
    public const string SecretKey = "sk_test_local_stand_in";
    public const string WebhookSecret = "whsec_local_stand_in_secret";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonObject> _byIdempotencyKey = new();

    private StripeStandIn(WebApplication app) => _app = app;

    public string Address => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>Every PaymentIntent created, by id, with the idempotency key it was created under.</summary>
    public ConcurrentDictionary<string, (JsonObject Intent, string? IdempotencyKey, string Authorization)> Intents { get; } = new();

    public static async Task<StripeStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new StripeStandIn(app);
        app.MapPost("/v1/payment_intents", standIn.CreateAsync);
        app.MapGet("/v1/payment_intents/{id}", (string id) =>
            standIn.Intents.TryGetValue(id, out var found) ? Results.Content(found.Intent.ToJsonString(), "application/json") : Results.NotFound());
        await app.StartAsync();
        return standIn;
    }

    private async Task<IResult> CreateAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var key = request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 0 && _byIdempotencyKey.TryGetValue(key, out var earlier))
        {
            return Results.Content(earlier.ToJsonString(), "application/json");
        }

        var id = "pi_" + Guid.NewGuid().ToString("N")[..24];
        var metadata = new JsonObject();
        foreach (var field in form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal)))
        {
            metadata[field.Key[9..^1]] = field.Value.ToString();
        }

        var intent = new JsonObject
        {
            ["id"] = id, ["object"] = "payment_intent", ["amount"] = long.Parse(form["amount"]!, CultureInfo.InvariantCulture), ["currency"] = form["currency"].ToString(),
            ["client_secret"] = $"{id}_secret_{Guid.NewGuid():N}", ["status"] = "requires_payment_method", ["metadata"] = metadata,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["livemode"] = false,
        };
        Intents[id] = (intent, key.Length > 0 ? key : null, request.Headers.Authorization.ToString());
        if (key.Length > 0)
        {
            _byIdempotencyKey[key] = intent;
        }

        return Results.Content(intent.ToJsonString(), "application/json");
    }

    /// <summary>An event as Stripe sends it, about a PaymentIntent the stand-in created.</summary>
    public static string Event(string eventId, string type, JsonObject dataObject, DateTimeOffset created) => new JsonObject
    {
        ["id"] = eventId, ["object"] = "event", ["api_version"] = "2025-09-30.clover", ["created"] = created.ToUnixTimeSeconds(), ["type"] = type,
        ["livemode"] = false, ["pending_webhooks"] = 1, ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
        ["data"] = new JsonObject { ["object"] = dataObject },
    }.ToJsonString();

    public JsonObject Intent(string id, string status)
    {
        var intent = JsonNode.Parse(Intents[id].Intent.ToJsonString())!.AsObject();
        intent["status"] = status;
        return intent;
    }

    public JsonObject RefundedCharge(string intentId, long refundedFen)
    {
        var intent = Intents[intentId].Intent;
        return new JsonObject
        {
            ["id"] = "ch_" + intentId[3..], ["object"] = "charge", ["amount"] = intent["amount"]!.GetValue<long>(), ["amount_refunded"] = refundedFen,
            ["currency"] = "cny", ["payment_intent"] = intentId, ["refunded"] = refundedFen == intent["amount"]!.GetValue<long>(), ["status"] = "succeeded",
            ["paid"] = true, ["captured"] = true, ["livemode"] = false,
        };
    }

    /// <summary>The Stripe-Signature header for a payload signed at the given moment with the given secret.</summary>
    public static string Signature(string payload, DateTimeOffset at, string secret = WebhookSecret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
