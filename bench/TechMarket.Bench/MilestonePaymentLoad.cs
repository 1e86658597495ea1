using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;

namespace TechMarket.Bench;

/// <summary>The parties of the payment window: the buyer pays, the seller delivers, the bureau registers, the broker earns.</summary>
internal sealed record PaymentParties(string Buyer, string Seller, string Bureau, Guid BrokerId);

/// <summary>
/// C workers, each with its own registered contracts whose milestones are delivered, accepted and opened for online
/// payment (a PaymentIntent at the Stripe stand-in) during setup; measured, each sends Stripe's signed
/// <c>payment_intent.succeeded</c> webhook for its next payment, which confirms it, records the technology transaction
/// and the broker's ledger entry in one transaction. Each worker's payments are on its own contracts.
/// </summary>
internal sealed class MilestonePaymentLoad(HttpClient http, StripeStandIn stripe, PaymentParties parties, int workers)
{
    private const int MilestonesPerContract = ContractRules.MaxMilestones;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly Queue<string>[] _intents = Enumerable.Range(0, workers).Select(_ => new Queue<string>()).ToArray();

    /// <summary>Tops every worker up to at least <paramref name="perWorker"/> open payments, whole contracts at a time.</summary>
    public async Task<int> PrepareAsync(int perWorker, CancellationToken ct)
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var count = 0;
            while (_intents[worker].Count < perWorker)
            {
                foreach (var intent in await ContractAsync(ct))
                {
                    _intents[worker].Enqueue(intent);
                    count++;
                }
            }

            return count;
        }));
        return opened.Sum();
    }

    /// <summary>Every worker confirms its payments through the webhook for <paramref name="duration"/>.</summary>
    public Task<SubmitWindow> ConfirmAsync(TimeSpan duration, CancellationToken ct) =>
        ClosedLoop.RunAsync(http, workers, worker =>
        {
            if (!_intents[worker].TryDequeue(out var intent))
            {
                return null;
            }

            var payload = StripeStandIn.Event("evt_" + Guid.NewGuid().ToString("N")[..24], "payment_intent.succeeded", stripe.Intent(intent, "succeeded"), DateTimeOffset.UtcNow);
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/payments/stripe/webhook", UriKind.Relative))
            {
                Content = new StringContent(payload, Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Stripe-Signature", StripeStandIn.Signature(payload, DateTimeOffset.UtcNow));
            return request;
        }, duration, ct);

    /// <summary>A registered contract with a broker whose every milestone is delivered, accepted and opened for online payment.</summary>
    private async Task<IReadOnlyList<string>> ContractAsync(CancellationToken ct)
    {
        var due = new DateOnly(2027, 12, 31);
        var terms = new ContractTermsRequest("压铸件缺陷检测技术服务 bench", ContractType.Service, "0401", 24_000m, 24_000m,
            [.. Enumerable.Range(1, MilestonesPerContract).Select(i => new MilestoneTerms($"第{i}批检测报告", 1_000m, due))], parties.BrokerId);
        var seller = await SendAsync<Dictionary<string, JsonElement>>(HttpMethod.Get, "/api/organisations/mine", parties.Seller, null, ct);
        var id = (await SendAsync<CreatedResource>(HttpMethod.Post, "/api/contracts", parties.Buyer,
            new DraftContractRequest(PartySide.Buyer, seller["id"].GetGuid(), terms), ct)).Id;
        await SendAsync<object>(HttpMethod.Post, $"/api/contracts/{id}/sign", parties.Buyer, null, ct);
        await SendAsync<object>(HttpMethod.Post, $"/api/contracts/{id}/sign", parties.Seller, null, ct);
        await SendAsync<object>(HttpMethod.Post, $"/api/contracts/{id}/register", parties.Bureau,
            new RegisterContractRequest($"BENCH{Guid.NewGuid():N}"[..30], ContractType.Service, 24_000m), ct);
        var evidence = await UploadAsync(id, ct);
        var intents = new List<string>();
        for (var milestone = 1; milestone <= MilestonesPerContract; milestone++)
        {
            await SendAsync<object>(HttpMethod.Post, $"/api/contracts/{id}/milestones/{milestone}/deliver", parties.Seller,
                new DeliverMilestoneRequest("检测报告", [evidence]), ct);
            await SendAsync<object>(HttpMethod.Post, $"/api/contracts/{id}/milestones/{milestone}/accept", parties.Buyer, null, ct);
            intents.Add((await SendAsync<OnlinePaymentStarted>(HttpMethod.Post, $"/api/contracts/{id}/milestones/{milestone}/payments/online", parties.Buyer,
                new OnlinePaymentRequest(1_000m), ct)).PaymentIntentId);
        }

        return intents;
    }

    private async Task<Guid> UploadAsync(Guid contractId, CancellationToken ct)
    {
        var file = new ByteArrayContent("%PDF-1.7 bench"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/contracts/{contractId}/files", UriKind.Relative))
        {
            Content = new MultipartFormDataContent { { file, "file", "report.pdf" } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", parties.Seller);
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return response.IsSuccessStatusCode
            ? JsonSerializer.Deserialize<ContractFileRef>(body, Json)!.FileId
            : throw new InvalidOperationException($"Uploading evidence failed with {(int)response.StatusCode}: {body}");
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, string token, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (method == HttpMethod.Post)
        {
            request.Content = JsonContent.Create(body ?? new { }, body?.GetType() ?? typeof(object), options: Json);
        }

        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path} failed with {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? default! : JsonSerializer.Deserialize<T>(text, Json)!;
    }
}
