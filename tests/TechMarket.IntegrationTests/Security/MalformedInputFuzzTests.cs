using System.Collections.Concurrent;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.IntegrationTests.Security.Fuzz;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using Xunit.Abstractions;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// Thousands of malformed requests, generated from the server's own OpenAPI document for every operation, sent by
/// every kind of caller (no token, the integration client, and a user of each role). Every one must be refused
/// with a 4xx problem — no 5xx, and no 2xx either (that would be garbage silently accepted) — and together they
/// must write nothing. The seed is fixed, so a failure reproduces.
/// </summary>
public sealed class MalformedInputFuzzTests(TechMarketHost host, ITestOutputHelper output) : ApiTest(host)
{
    private const int Seed = 20261129;

    [Fact]
    public async Task Malformed_requests_to_every_operation_are_refused_and_write_nothing()
    {
        var random = new Random(Seed);
        var api = new ApiDescription(await Host.CreateBrowser(Host.NextAddress()).GetJsonAsync("/openapi/v1.json"));
        var ids = await KnownIdsAsync();
        var generator = new MalformedRequests(api, new Samples(api, ids, random), ids, random);
        var cases = api.Operations.SelectMany(generator.For).ToList();
        var callers = await CallersAsync();
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        var answers = new ConcurrentBag<(string Caller, FuzzCase Case, int Status, string Body)>();
        var work = cases.SelectMany(c => callers.Select(caller => (Caller: caller, Case: c)));
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, ct) =>
        {
            using var request = item.Case.ToRequest();
            using var response = await item.Caller.Value.SendAsync(request, ct);
            var status = (int)response.StatusCode;
            var body = status is >= 400 and < 500 and not 409 ? string.Empty : await response.Content.ReadAsStringAsync(ct);
            answers.Add((item.Caller.Key, item.Case, status, body));
        });

        var writes = await watch.WritesAsync();
        Tally(api, cases, answers);
        var wrong = answers.Where(a => a.Status is < 400 or >= 500)
            .Select(a => $"{a.Caller}: {a.Case.Kind} {a.Case.Operation.Method} {a.Case.Url} → {a.Status} {a.Body[..Math.Min(300, a.Body.Length)]}")
            .ToList();
        answers.Count.ShouldBeGreaterThan(3000);
        wrong.ShouldBeEmpty(string.Join("\n", wrong.Take(40)));
        writes.ShouldBeEmpty(string.Join("\n", writes.Take(40)));
    }

    private void Tally(ApiDescription api, List<FuzzCase> cases, ConcurrentBag<(string Caller, FuzzCase Case, int Status, string Body)> answers)
    {
        output.WriteLine($"{answers.Count} requests: {cases.Count} malformed requests × {answers.Select(a => a.Caller).Distinct().Count()} callers, " +
                         $"{api.Operations.Count} operations, seed {Seed}");
        output.WriteLine("by status: " + string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        output.WriteLine("by defect: " + string.Join(", ", answers.GroupBy(a => a.Case.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        output.WriteLine("5xx: " + answers.Count(a => a.Status >= 500) + ", 2xx/3xx: " + answers.Count(a => a.Status < 400));
        foreach (var conflict in answers.Where(a => a.Status == 409).Take(10))
        {
            output.WriteLine($"409 {conflict.Caller}: {conflict.Case.Kind} {conflict.Case.Operation.Method} {conflict.Case.Url} {conflict.Body}");
        }
    }

    /// <summary>Ids of the demo data, so that route ids and ids in bodies name real things and the defect is what is wrong.</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> KnownIdsAsync()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var university = await AsAsync(Demo.University);
        var bureau = await AsAsync(Demo.CityBureau);
        var board = (await university.GetJsonAsync<Paged<ChallengeCard>>("/api/challenges?pageSize=100")).Items;
        static List<string> Ids(IEnumerable<Guid> ids) => [.. ids.Select(id => id.ToString())];
        return new()
        {
            ["needs"] = Ids((await enterprise.GetJsonAsync<Paged<NeedView>>("/api/needs/mine?pageSize=100")).Items.Select(n => n.Id)),
            ["accepted-needs"] = Ids((await enterprise.GetJsonAsync<Paged<NeedSummary>>("/api/needs?pageSize=100")).Items.Select(n => n.Id)),
            ["challenges"] = [.. Ids(board.Select(c => c.Id)), .. Ids((await bureau.GetJsonAsync<List<ChallengeCard>>("/api/challenges/drafts")).Select(c => c.Id))],
            ["open-challenges"] = Ids(board.Where(c => c.Status == ChallengeStatus.Published).Select(c => c.Id)),
            ["bids"] = Ids((await university.GetJsonAsync<Paged<MyBid>>("/api/bids/mine?pageSize=100")).Items.Select(b => b.Id)),
            ["organisations"] = [.. new[] { enterprise, university }.Select(c => c.GetJsonAsync<Organisation>("/api/organisations/mine").Result.Id.ToString())],
            ["experts"] = Ids((await bureau.GetJsonAsync<List<ExpertProfile>>("/api/experts")).Select(e => e.Id)),
        };
    }

    private async Task<Dictionary<string, HttpClient>> CallersAsync()
    {
        var callers = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = Host.CreateBrowser(Host.NextAddress()),
            ["integration"] = await SignIn.IntegrationClientAsync(Host),
        };

        foreach (var user in new[] { Demo.Enterprise, Demo.University, Demo.CityBureau, Demo.Expert, Demo.Broker })
        {
            callers[user.Split('@')[0]] = await AsAsync(user);
        }

        return callers;
    }
}
