using System.Net;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;
using static TechMarket.IntegrationTests.Security.AccessFixture;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// One entry per endpoint (method and route pattern, as the app's endpoint data source lists them): who owns the
/// request and what the owner gets, the request itself, and which outsiders may get an answer of their own — creating
/// their own need, reading their own list, reading what every signed-in user reads. Every other outsider must get
/// 401, 403 or 404. The owners' requests run in this order, each on the state the ones before left.
/// </summary>
public static partial class AccessMatrix
{
    private const string Other = "enterprise.haishu@techmarket.demo";
    private const string Institute = "institute@techmarket.demo";
    private const string Expert = "expert@techmarket.demo";
    private const string Haishu = "bureau.haishu@techmarket.demo";

    /// <summary>Every outsider holding a token (all but the anonymous caller): for what any signed-in caller reads.</summary>
    private static readonly string[] SignedIn = [Other, Institute, Expert, "broker@techmarket.demo", Haishu, "admin@techmarket.demo", Callers.Integration];

    public sealed record Entry(
        string Method, string Route, string? Owner, HttpStatusCode OwnerStatus, Func<AccessFixture, string> Url,
        Func<AccessFixture, object?>? Body = null, string[]? Answered = null, string[]? NotAsked = null, string? Why = null)
    {
        public string Key => $"{Method} {Route}";

        /// <summary>Outsiders that may get a 2xx — about themselves, or what everybody reads — never holding a secret.</summary>
        public IReadOnlyCollection<string> MayAnswer => Answered ?? [];

        /// <summary>Outsiders not sent this request, and why (it acts on the caller's own record only).</summary>
        public IReadOnlyCollection<string> Skipped => NotAsked ?? [];
    }

    private static Entry Get(string route, string? owner, Func<AccessFixture, string> url, string[]? answered = null, HttpStatusCode status = HttpStatusCode.OK) =>
        new("GET", route, owner, status, url, Answered: answered);

    private static Entry Send(
        string method, string route, string owner, HttpStatusCode status, Func<AccessFixture, string> url, Func<AccessFixture, object?> body, string[]? answered = null) =>
        new(method, route, owner, status, url, body, answered);

    private static Entry Elsewhere(string method, string route, string why) => new(method, route, null, 0, _ => route, Why: why);

    private const HttpStatusCode NoContent = HttpStatusCode.NoContent;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private static readonly string Enterprise = Demo("enterprise");
    private static readonly string Bureau = Demo("bureau.zhenhai");
    private static readonly string University = Demo("university");

    public static readonly IReadOnlyList<Entry> Entries =
    [
        // Needs, from draft to a decision.
        Get("/api/needs/{id:guid}", Enterprise, f => $"/api/needs/{f.DraftNeed}"),
        Send("PUT", "/api/needs/{id:guid}", Enterprise, NoContent, f => $"/api/needs/{f.DraftNeed}", _ => Content(Marker())),
        Send("POST", "/api/needs/{id:guid}/submit", Enterprise, NoContent, f => $"/api/needs/{f.DraftNeed}/submit", _ => new { }),
        Send("POST", "/api/needs/{id:guid}/withdraw", Enterprise, NoContent, f => $"/api/needs/{f.WithdrawableNeed}/withdraw", _ => new { reason = "需求调整" }),
        Send("POST", "/api/needs/{id:guid}/withdrawal-request", Enterprise, NoContent, f => $"/api/needs/{f.HeldNeed}/withdrawal-request",
            _ => new { reason = "产线改造计划取消" }),
        Send("POST", "/api/needs/{id:guid}/accept", Bureau, NoContent, f => $"/api/needs/{f.AcceptableNeed}/accept", _ => new { }),
        Send("POST", "/api/needs/{id:guid}/reject", Bureau, NoContent, f => $"/api/needs/{f.RejectableNeed}/reject", _ => new { reason = "需求描述不够具体" }),
        Send("POST", "/api/needs/", Enterprise, Created, _ => "/api/needs", _ => Content(Marker()), answered: [Other, Institute]), // institutes post needs too
        Get("/api/needs/", Enterprise, _ => "/api/needs?pageSize=100", [.. SignedIn, Callers.Anonymous]),
        Get("/api/needs/mine", Enterprise, _ => "/api/needs/mine", [Other, Institute]),
        Get("/api/needs/queue", Bureau, _ => "/api/needs/queue", [Haishu]),

        // Challenges, from draft to publication.
        Send("POST", "/api/challenges/", Bureau, Created, _ => "/api/challenges",
            f => Draft(Marker(), [(f.AcceptedNeed, 500000m)], DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(60))),
        Get("/api/challenges/{id:guid}", Bureau, f => $"/api/challenges/{f.DraftChallenge}"),
        Get("/api/challenges/drafts", Bureau, _ => "/api/challenges/drafts", [Haishu]),
        Get("/api/challenges/funded", Enterprise, _ => "/api/challenges/funded", [Other]), // another enterprise reads its own list
        Send("POST", "/api/challenges/{id:guid}/funding/confirm", Enterprise, NoContent, f => $"/api/challenges/{f.DraftChallenge}/funding/confirm", _ => new { }),
        Send("POST", "/api/challenges/{id:guid}/publish", Bureau, NoContent, f => $"/api/challenges/{f.DraftChallenge}/publish", _ => new { }),
        Send("POST", "/api/challenges/{id:guid}/cancel", Bureau, NoContent, f => $"/api/challenges/{f.CancellableChallenge}/cancel", _ => new { reason = "需求方撤回经费" }),
        Send("POST", "/api/challenges/{id:guid}/nda", University, NoContent, f => $"/api/challenges/{f.OpenChallenge}/nda", _ => new { }, [Other, Institute, Expert]),
        Get("/api/challenges/", Demo("broker"), _ => "/api/challenges?pageSize=100", [.. SignedIn, Callers.Anonymous]),
        Get("/api/challenges/summary", Demo("broker"), _ => "/api/challenges/summary", [.. SignedIn, Callers.Anonymous]),
        Get("/api/challenges/{id:guid}/disclosures", Enterprise, f => $"/api/challenges/{f.OpenChallenge}/disclosures"),

        // Bids and their files.
        Send("POST", "/api/challenges/{id:guid}/bids", FreshBidder, Ok, f => $"/api/challenges/{f.OpenChallenge}/bids", _ => Bid(Marker()), [Institute]),
        Send("POST", "/api/challenges/{id:guid}/attachments", University, Created, f => $"/api/challenges/{f.OpenChallenge}/attachments", _ => Pdf(), [Institute]),
        Get("/api/bids/{id:guid}", University, f => $"/api/bids/{f.SealedBid}"),
        Send("PUT", "/api/bids/{id:guid}", University, Ok, f => $"/api/bids/{f.SealedBid}", _ => Bid(Marker())),
        Send("POST", "/api/bids/{id:guid}/withdraw", University, NoContent, f => $"/api/bids/{f.SealedBid}/withdraw", _ => new { }),
        Send("POST", "/api/bids/{id:guid}/membership/confirm", FreshBidder, NoContent, f => $"/api/bids/{f.JointBid}/membership/confirm", _ => new { }),
        Send("POST", "/api/bids/{id:guid}/membership/decline", FreshBidder, NoContent, f => $"/api/bids/{f.JointBid}/membership/decline",
            _ => new { reason = "本单位无法按期投入" }),
        Get("/api/bids/mine", University, _ => "/api/bids/mine", [Other, Institute]),
        Get("/api/bids/attachments/{id:guid}", University, f => $"/api/bids/attachments/{f.OwnUpload}"),
        Get("/api/challenges/{id:guid}/bids", Bureau, f => $"/api/challenges/{f.ReviewedChallenge}/bids"),
        Get("/api/challenges/{id:guid}/bids/{label}/attachments/{number:int}", Reviewer, f => $"/api/challenges/{f.ReviewedChallenge}/bids/A/attachments/1"),

        // Review and award.
        Send("POST", "/api/challenges/{id:guid}/experts", Bureau, NoContent, f => $"/api/challenges/{f.ReviewedChallenge}/experts", f => new { expertId = f.NewExpertId }),
        Send("PUT", "/api/challenges/{id:guid}/bids/{label}/scores", NewExpert, NoContent, f => $"/api/challenges/{f.ReviewedChallenge}/bids/A/scores", _ => Scores(7, 7, 7)),
        Send("PUT", "/api/challenges/{id:guid}/bids/{bidId:guid}/feedback", Bureau, NoContent,
            f => $"/api/challenges/{f.ReviewedChallenge}/bids/{f.ReviewedBid}/feedback", _ => new { reason = "RankedBelowWinners", comment = (string?)null }),
        Send("POST", "/api/challenges/{id:guid}/bids/{label}/recusal", NewExpert, NoContent, f => $"/api/challenges/{f.DrawnChallenge}/bids/A/recusal",
            _ => new { reason = "曾指导该团队成员" }),
        Send("POST", "/api/challenges/{id:guid}/experts/me/decline", NewExpert, NoContent, f => $"/api/challenges/{f.DrawnChallenge}/experts/me/decline",
            _ => new { reason = "评审期间出差" }),
        Send("POST", "/api/challenges/{id:guid}/experts/draw", Bureau, Ok, f => $"/api/challenges/{f.DrawnChallenge}/experts/draw", _ => new { count = 1, alternates = 1 }),
        Get("/api/challenges/{id:guid}/review-log", Bureau, f => $"/api/challenges/{f.DrawnChallenge}/review-log"),
        Get("/api/challenges/{id:guid}/ranking", Bureau, f => $"/api/challenges/{f.ReviewedChallenge}/ranking"),
        Send("POST", "/api/challenges/{id:guid}/award", Bureau, NoContent, f => $"/api/challenges/{f.ReviewedChallenge}/award", _ => new { }),
        Send("POST", "/api/challenges/{id:guid}/republish", Bureau, NoContent, f => $"/api/challenges/{f.NoBidChallenge}/republish",
            _ => new { closesAt = DateTimeOffset.UtcNow.AddDays(300), reason = "无人揭榜，延长揭榜期" }),
        Send("POST", "/api/challenges/{id:guid}/unfilled", Bureau, NoContent, f => $"/api/challenges/{f.UnfilledChallenge}/unfilled", _ => new { reason = "无人揭榜，流榜" }),
        Get("/api/challenges/{id:guid}/objections", Bureau, f => $"/api/challenges/{f.ObjectedChallenge}/objections"),
        Send("POST", "/api/challenges/{id:guid}/objections", University, Ok, f => $"/api/challenges/{f.ObjectedChallenge}/objections", _ => new { reason = "专家评分与答辩表现不符" }),
        Send("POST", "/api/challenges/{id:guid}/objections/{objectionId:guid}/answer", Bureau, NoContent,
            f => $"/api/challenges/{f.ObjectedChallenge}/objections/{f.Objection}/answer", _ => new { upheld = false, answer = "经复核，评分程序无误" }),
        Send("POST", "/api/challenges/{id:guid}/award/final", Bureau, NoContent, f => $"/api/challenges/{f.PublicisedChallenge}/award/final", _ => new { }),
        AwardContract, // after the final award, before 市场判题 completes the challenge
        Send("POST", "/api/challenges/{id:guid}/results/reject", Enterprise, NoContent, f => $"/api/challenges/{f.PublicisedChallenge}/results/reject",
            _ => new { reason = "样机良率未达到约定指标" }),
        Send("POST", "/api/challenges/{id:guid}/results/resume", Bureau, NoContent, f => $"/api/challenges/{f.PublicisedChallenge}/results/resume",
            _ => new { deliverBy = DateTimeOffset.UtcNow.AddDays(400), reason = "给予整改期，重新交付" }),
        Get("/api/challenges/{id:guid}/judgement", Enterprise, f => $"/api/challenges/{f.DeliveredChallenge}/judgement"),
        Get("/api/challenges/{id:guid}/deliveries/{deliveryId:guid}/files/{number:int}", Enterprise,
            f => $"/api/challenges/{f.DeliveredChallenge}/deliveries/{f.Delivery}/files/1"),
        Send("POST", "/api/challenges/{id:guid}/delivery", University, NoContent, f => $"/api/challenges/{f.DeliveredChallenge}/delivery",
            _ => new { report = "补充第三方检测报告后重新交付。", attachmentIds = Array.Empty<string>() }),
        Send("POST", "/api/challenges/{id:guid}/results/accept", Enterprise, NoContent, f => $"/api/challenges/{f.DeliveredChallenge}/results/accept", _ => new { }),
        Get("/api/challenges/{id:guid}/stages", Demo("broker"), f => $"/api/challenges/{f.RaceChallenge}/stages", SignedIn),
        Send("POST", "/api/challenges/{id:guid}/stages/{stage:int}/gate", Bureau, NoContent, f => $"/api/challenges/{f.RaceChallenge}/stages/1/gate",
            f => new { decisions = f.RaceBids.Select(b => new { bidId = b, outcome = "Continue", note = (string?)null }) }),
        Send("POST", "/api/challenges/{id:guid}/fail", Bureau, NoContent, f => $"/api/challenges/{f.RaceChallenge}/fail", _ => new { reason = "中期验证未达标" }),
        new("PUT", "/api/experts/me", NewExpert, Ok, _ => "/api/experts/me", f => f.NewExpertProfile, NotAsked: [Expert]),
        Get("/api/experts/me", NewExpert, _ => "/api/experts/me", [Expert]),
        Send("POST", "/api/experts/{id:guid}/approve", Demo("bureau"), Ok, f => $"/api/experts/{f.NewExpertId}/approve", _ => new { }),
        Send("PUT", "/api/experts/{id:guid}", Demo("bureau"), Ok, f => $"/api/experts/{f.NewExpertId}", f => f.NewExpertProfile),
        Get("/api/experts/", Bureau, _ => "/api/experts", [Haishu]),
        Get("/api/reviews/mine", NewExpert, _ => "/api/reviews/mine", [Expert]),

        // Organisations.
        Send("POST", "/api/organisations/{id:guid}/approve", Bureau, NoContent, f => $"/api/organisations/{f.PendingToApprove}/approve", _ => new { }),
        Send("POST", "/api/organisations/{id:guid}/reject", Bureau, NoContent, f => $"/api/organisations/{f.PendingToReject}/reject", _ => new { reason = "信用代码与名称不符" }),
        Send("POST", "/api/organisations/{id:guid}/suspend", Bureau, NoContent, f => $"/api/organisations/{f.PendingToApprove}/suspend", _ => new { reason = "涉嫌虚假申报,暂停账户" }),
        Send("POST", "/api/organisations/{id:guid}/reinstate", Bureau, NoContent, f => $"/api/organisations/{f.PendingToApprove}/reinstate", _ => new { }),
        Get("/api/organisations/{id:guid}", Demo("broker"), f => $"/api/organisations/{f.University}", SignedIn),
        Get("/api/organisations/mine", University, _ => "/api/organisations/mine", [Other, Institute, Expert]),
        Get("/api/organisations/pending", Bureau, _ => "/api/organisations/pending", [Haishu]),
        new("POST", "/api/organisations/registrations", Callers.Anonymous, Created, _ => "/api/organisations/registrations", _ => Registration(),
            NotAsked: [.. SignedIn, Callers.Anonymous]),

        // Profiles (三张清单), brokers' interests, search, matches and notices.
        new("PUT", "/api/profiles/mine", University, NoContent, _ => "/api/profiles/mine", _ => ProfileBody(), NotAsked: [Other, Institute]),
        Get("/api/profiles/mine", University, _ => "/api/profiles/mine", [Other, Institute]),
        Get("/api/profiles/{organisationId:guid}", Callers.Anonymous, f => $"/api/profiles/{f.University}", [.. SignedIn, Callers.Anonymous]),
        new("PUT", "/api/brokers/me/interests", Demo("broker"), NoContent, _ => "/api/brokers/me/interests",
            _ => new { fields = new[] { "04", "0805" }, districts = new[] { "330211" } }, NotAsked: [Demo("broker")]),
        Get("/api/brokers/me/interests", Demo("broker"), _ => "/api/brokers/me/interests", [Demo("broker")]),
        Get("/api/search/", Callers.Anonymous, _ => "/api/search?q=" + Uri.EscapeDataString("正极材料") + "&pageSize=100", [.. SignedIn, Callers.Anonymous]),
        Get("/api/search/status", Demo("admin"), _ => "/api/search/status", [Demo("admin")]),
        new("POST", "/api/search/rebuild", Demo("admin"), HttpStatusCode.Accepted, _ => "/api/search/rebuild", _ => new { }, NotAsked: [Demo("admin")]),
        Send("POST", "/api/matches/{id:guid}/answer", University, NoContent, f => $"/api/matches/{f.Match}/answer", _ => new { answer = "FollowUp" }),
        Get("/api/matches/mine", University, _ => "/api/matches/mine?pageSize=100", [Other, Institute, Expert, Demo("broker"), Haishu, Demo("admin")]),
        Get("/api/matches/report", Bureau, _ => "/api/matches/report", [Haishu]),
        Get("/api/notifications/", University, _ => "/api/notifications?after=0", [Other, Institute, Expert, Demo("broker"), Haishu, Demo("admin")]),
        Send("POST", "/api/notifications/read", University, NoContent, _ => "/api/notifications/read", _ => new { upTo = 1 },
            [Other, Institute, Expert, Demo("broker"), Haishu, Demo("admin")]),
        .. ContractEntries(),
        .. StatisticsEntries(),
        .. RoundEntries(),

        // Open to everyone.
        Get("/api/reference/districts", Callers.Anonymous, _ => "/api/reference/districts", [.. SignedIn, Callers.Anonymous]),
        Get("/api/reference/fields", Callers.Anonymous, _ => "/api/reference/fields", [.. SignedIn, Callers.Anonymous]),
        Get("/api/reference/regions", Callers.Anonymous, _ => "/api/reference/regions", [.. SignedIn, Callers.Anonymous]),

        // Tested where they belong.
        Elsewhere("GET", "/", "redirects to the API reference"),
        Elsewhere("GET", "/account/login", "the sign-in page: OpenIdConnectTests"),
        Elsewhere("POST", "/account/login", "the sign-in page: OpenIdConnectTests"),
        Elsewhere("GET", "/connect/authorize", "OpenID Connect: OpenIdConnectTests"),
        Elsewhere("POST", "/connect/authorize", "OpenID Connect: OpenIdConnectTests"),
        Elsewhere("POST", "/connect/token", "OpenID Connect: OpenIdConnectTests"),
        Elsewhere("GET", "/connect/userinfo", "OpenID Connect: OpenIdConnectTests"),
        Elsewhere("POST", "/connect/userinfo", "OpenID Connect: OpenIdConnectTests"),
        Elsewhere("GET", "/connect/logout", "OpenID Connect: OpenIdConnectTests"),
        Elsewhere("POST", "/connect/logout", "OpenID Connect: OpenIdConnectTests"),
        Elsewhere("*", "/health/live", "health probes: PlatformTests"),
        Elsewhere("*", "/health/ready", "health probes: PlatformTests"),
        Elsewhere("GET", "/openapi/{documentName}.json", "the OpenAPI document: PlatformTests"),
        Elsewhere("GET", "/scalar/{documentName?}", "the API reference page: PlatformTests"),
        Elsewhere("GET", "/scalar/scalar.js", "the API reference page's script"),
        Elsewhere("GET", "/scalar/scalar.aspnetcore.js", "the API reference page's script"),
        Elsewhere("GET", "/scalar/favicon.svg", "the API reference page's icon"),
        Elsewhere("*", "/hubs/market/negotiate", "the SignalR hub: its own matrix, Security/HubAccessMatrix(Tests)"),
        Elsewhere("*", "/hubs/market", "the SignalR hub: its own matrix, Security/HubAccessMatrix(Tests)"),
    ];

    private static object ProfileBody() => new
    {
        summary = "甬城大学面向本地产业开展技术攻关与成果转化。",
        fields = new[] { "0401", "0103" },
        strengths = new[] { new { name = "材料科学与工程", description = "正极材料包覆与掺杂改性。" } },
        teams = new[] { new { name = "新能源材料团队", leader = "陈志远", description = "高镍正极材料循环寿命。" } },
        products = Array.Empty<object>(),
    };
}
