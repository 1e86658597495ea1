using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Bench;

/// <summary>
/// Sealed-bid submissions, <c>POST /api/challenges/{id}/bids</c>. An organisation bids once per challenge (a second
/// bid is a 409), so every measured request must be the first bid of its (organisation, challenge) pair: C workers,
/// each with its own bidder organisations, walk the same list of published challenges, each worker's organisations
/// bidding on one challenge after the other before it moves to the next. Publishing the challenges is setup and
/// is never timed.
/// </summary>
internal sealed class BidSubmitLoad
{
    /// <summary>The server's own JSON settings (camelCase, enums as strings, unknown members refused).</summary>
    public static readonly JsonSerializerOptions Json = CreateJson();

    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue[][] _bidders;
    private readonly int[] _position;
    private readonly List<Guid> _challenges = [];
    private readonly byte[] _bid = JsonSerializer.SerializeToUtf8Bytes(SampleBid, Json);
    private int _published;

    /// <param name="bidderTokens">Per worker, the access tokens of its bidder organisations (one user each).</param>
    public BidSubmitLoad(HttpClient http, IReadOnlyList<IReadOnlyList<string>> bidderTokens)
    {
        _http = http;
        _bidders = bidderTokens.Select(tokens => tokens.Select(t => new AuthenticationHeaderValue("Bearer", t)).ToArray()).ToArray();
        _position = new int[_bidders.Length];
    }

    public int Workers => _bidders.Length;

    /// <summary>How many bids one challenge takes: one from every bidder organisation of every worker.</summary>
    public int BidsPerChallenge => _bidders.Sum(b => b.Length);

    public int Challenges => _challenges.Count;

    /// <summary>What every bid says; its budget is within the bounty of <see cref="Draft"/>.</summary>
    public static BidRequest SampleBid { get; } = new(
        TechnicalApproach: "采用原子层沉积Al2O3包覆结合Mg/Ti体相共掺杂，抑制高镍正极材料的相变与界面副反应，" +
                           "并以原位XRD与差示扫描量热验证热稳定性，形成可在回转窑产线放大的包覆工艺窗口。",
        Team: "材料学院电池材料课题组，教授2名、副教授3名、博士后3名、博士研究生6名",
        Budget: 800_000.00m,
        Schedule: "6个月小试，6个月中试，3个月产线验证",
        AttachmentIds: []);

    /// <summary>
    /// Publishes challenges until every worker has at least <paramref name="ahead"/> challenges it has not bid on yet:
    /// draft (bureau), confirm funding (the enterprise behind the need), publish (bureau), several at once.
    /// </summary>
    public async Task<int> PublishAheadAsync(int ahead, ChallengeSetup setup, CancellationToken ct)
    {
        var furthest = _position.Select((p, w) => (p + _bidders[w].Length - 1) / _bidders[w].Length).Max();
        var missing = furthest + ahead - _challenges.Count;
        if (missing <= 0)
        {
            return 0;
        }

        var created = new Guid[missing];
        await Parallel.ForEachAsync(Enumerable.Range(0, missing), new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = ct },
            async (i, token) => created[i] = await PublishAsync(setup, Interlocked.Increment(ref _published), token));
        _challenges.AddRange(created);
        return missing;
    }

    /// <summary>Every worker bids for <paramref name="duration"/>; requests in flight at the end still count.</summary>
    public Task<SubmitWindow> SubmitAsync(TimeSpan duration, CancellationToken ct) =>
        ClosedLoop.RunAsync(_http, Workers, worker =>
        {
            var bidders = _bidders[worker];
            var position = _position[worker];
            var challenge = position / bidders.Length;
            if (challenge >= _challenges.Count)
            {
                return null;
            }

            _position[worker] = position + 1;
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/challenges/{_challenges[challenge]}/bids", UriKind.Relative))
            {
                Content = new ByteArrayContent(_bid) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } },
            };
            request.Headers.Authorization = bidders[position % bidders.Length];
            return request;
        }, duration, ct);

    private async Task<Guid> PublishAsync(ChallengeSetup setup, int number, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var draft = Draft(number, setup.AcceptedNeedIds[number % setup.AcceptedNeedIds.Count], now.AddHours(-1), now.AddDays(30));
        var created = await SendAsync(HttpMethod.Post, "/api/challenges", setup.BureauToken, JsonContent.Create(draft, options: Json), ct);
        var id = created.RootElement.GetProperty("id").GetGuid();
        await SendAsync(HttpMethod.Post, $"/api/challenges/{id}/funding/confirm", setup.FunderToken, null, ct);
        await SendAsync(HttpMethod.Post, $"/api/challenges/{id}/publish", setup.BureauToken, null, ct);
        return id;
    }

    /// <summary>A single-winner challenge open to universities and institutes of every district, funded by one need.</summary>
    public static DraftChallengeRequest Draft(int number, Guid needId, DateTimeOffset opensAt, DateTimeOffset closesAt) => new(
        Title: string.Create(CultureInfo.InvariantCulture, $"高镍正极材料长循环改性技术攻关 bench #{number}"),
        PublicSummary: "面向动力电池企业的高镍正极材料循环寿命提升，要求工艺兼容现有回转窑产线。",
        ConfidentialDetails: "产线为回转窑，包覆温度窗口650–700℃，目标客户为两家头部电池厂。",
        Requirements: "45℃循环1000次容量保持率≥90%，工艺兼容现有产线，提供中试验证数据。",
        Field: "0401",
        Needs: [new NeedFunding(needId, 1_000_000.00m)],
        GovernmentSubsidy: 500_000.00m,
        OpensAt: opensAt,
        ClosesAt: closesAt,
        Criteria: [new Criterion("approach", "技术方案", 50), new Criterion("team", "团队实力", 30), new Criterion("budget", "预算合理性", 20)],
        Eligibility: new Eligibility([OrganisationKind.University, OrganisationKind.Institute], []),
        Mode: ChallengeMode.SingleWinner,
        WinnerCount: 1,
        Stages: null,
        NdaTerms: "揭榜方对保密信息负有保密义务，不得用于本项目以外的用途。");

    /// <summary>An accepted need to build the challenges from (one need may fund any number of challenges):
    /// the enterprise drafts and submits it, the bureau accepts it.</summary>
    public static async Task<Guid> AcceptedNeedAsync(HttpClient http, string enterpriseToken, string bureauToken, CancellationToken ct)
    {
        using var drafted = await SendAsync(http, HttpMethod.Post, "/api/needs", enterpriseToken,
            JsonContent.Create(SampleNeed.Content(0), options: Json), ct);
        var id = drafted.RootElement.GetProperty("id").GetGuid();
        (await SendAsync(http, HttpMethod.Post, $"/api/needs/{id}/submit", enterpriseToken, null, ct)).Dispose();
        (await SendAsync(http, HttpMethod.Post, $"/api/needs/{id}/accept", bureauToken,
            JsonContent.Create(new AcceptNeedRequest(null, null), options: Json), ct)).Dispose();
        return id;
    }

    /// <summary>Registers a university (anonymous registration, as on the web) and has the city bureau approve it.</summary>
    public static async Task RegisterUniversityAsync(HttpClient http, int number, string email, string password, string bureauToken, CancellationToken ct)
    {
        var registration = new RegisterOrganisationRequest(
            Name: string.Create(CultureInfo.InvariantCulture, $"甬江理工大学 bench #{number}"),
            Kind: OrganisationKind.University,
            District: "330205",
            CreditCode: CreditCode.Complete(string.Create(CultureInfo.InvariantCulture, $"1233020099{number:D7}")),
            ContactName: string.Create(CultureInfo.InvariantCulture, $"技术转移中心 bench {number}"),
            Email: email,
            Password: password);
        using var registered = await SendAsync(http, HttpMethod.Post, "/api/organisations/registrations", null,
            JsonContent.Create(registration, options: Json), ct);
        var id = registered.RootElement.GetProperty("id").GetGuid();
        (await SendAsync(http, HttpMethod.Post, $"/api/organisations/{id}/approve", bureauToken, null, ct)).Dispose();
    }

    private Task<JsonDocument> SendAsync(HttpMethod method, string path, string? token, HttpContent? content, CancellationToken ct) =>
        SendAsync(_http, method, path, token, content, ct);

    /// <summary>Sends one setup request and insists on a 2xx; the answer's JSON body, or an empty document.</summary>
    private static async Task<JsonDocument> SendAsync(
        HttpClient http, HttpMethod method, string path, string? token, HttpContent? content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Bid setup: {method} {path} answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body.Length == 0 ? "{}" : body);
    }

    private static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        HttpSetup.ConfigureJson(json);
        return json;
    }
}

/// <summary>Who publishes the bench's challenges, and from which accepted need.</summary>
/// <summary>Challenges are spread over many accepted needs: each need records the challenges built on it,
/// and a few hundred challenges on one need would make it a hot spot no real bureau produces.</summary>
internal sealed record ChallengeSetup(string BureauToken, string FunderToken, IReadOnlyList<Guid> AcceptedNeedIds);
