using System.Net.Http.Headers;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// Something of every kind the access matrix guards, each in the state its owner's request needs: needs from draft to
/// submitted, challenges from draft to awarded, a sealed bid and an upload, a challenge under review, an awarded
/// horse race, registrations waiting for the bureau. Owners are the demo accounts of 镇海区 (enterprise 甬江新材料,
/// its bureau, 甬城大学) and experts 李, 陈, 王 and 周; nobody in <see cref="AccessMatrixTests.Outsiders"/> owns any of it.
/// </summary>
public sealed class AccessFixture
{
    public const string FreshBidder = "fresh-bidder";
    public const string Reviewer = "reviewer";
    public const string NewExpert = "expert.wang@techmarket.demo";

    public required Dictionary<string, HttpClient> Owners { get; init; }

    public required string DraftNeed { get; init; }

    public required string WithdrawableNeed { get; init; }

    public required string AcceptableNeed { get; init; }

    public required string RejectableNeed { get; init; }

    public required string AcceptedNeed { get; init; }

    public required string DraftChallenge { get; init; }

    public required string CancellableChallenge { get; init; }

    public required string OpenChallenge { get; init; }

    /// <summary>The need behind <see cref="OpenChallenge"/>: held by it, so its enterprise asks the bureau to release it.</summary>
    public required string HeldNeed { get; init; }

    public required string SealedBid { get; init; }

    /// <summary>A joint bid (联合答题) that names <see cref="FreshBidder"/>'s organisation as a member, to confirm or decline.</summary>
    public required string JointBid { get; init; }

    public required string OwnUpload { get; init; }

    public required string ReviewedChallenge { get; init; }

    public required string ReviewedBid { get; init; }

    public required string NewExpertId { get; init; }

    /// <summary>Closed, with one bid (A) and the new expert assigned by hand, who recuses from A and declines before the bureau draws.</summary>
    public required string DrawnChallenge { get; init; }

    public required object NewExpertProfile { get; init; }

    public required string RaceChallenge { get; init; }

    /// <summary>Closed without a bid: the bureau may re-publish it.</summary>
    public required string NoBidChallenge { get; init; }

    /// <summary>A proposed award whose publicity is over: the bureau makes it final, then its enterprise accepts the results.</summary>
    public required string PublicisedChallenge { get; init; }

    /// <summary>A proposed award in publicity, with an objection by 甬城大学 waiting for the bureau's answer.</summary>
    public required string ObjectedChallenge { get; init; }

    public required string Objection { get; init; }

    /// <summary>Closed without a bid: the bureau may close it as 流榜.</summary>
    public required string UnfilledChallenge { get; init; }

    /// <summary>Awarded to the demo university, which delivered its results (a report and one file): 市场判题 starts.</summary>
    public required string DeliveredChallenge { get; init; }

    public required string Delivery { get; init; }

    public required string[] RaceBids { get; init; }

    public required string PendingToApprove { get; init; }

    public required string PendingToReject { get; init; }

    public required string University { get; init; }

    /// <summary>The match the daemon found between the accepted need and 甬城大学 (the university's to answer).</summary>
    public required string Match { get; init; }
    /// <summary>Contracts, payments, vouchers, achievements, deals and trials (<see cref="ContractWorld"/>).</summary>
    public required ContractWorld Contracts { get; init; }

    /// <summary>Collection rounds and published lists (<see cref="RoundWorld"/>).</summary>
    public required RoundWorld Rounds { get; init; }

    /// <summary>Ids of things that are not public: whoever else gets an answer must not find them in it.</summary>
    public IEnumerable<string> Secrets =>
    [
        DraftNeed, WithdrawableNeed, AcceptableNeed, RejectableNeed, DraftChallenge, CancellableChallenge, SealedBid, JointBid, OwnUpload,
        ReviewedBid, .. RaceBids, PendingToApprove, PendingToReject, Objection, Delivery, .. Contracts.Secrets,
    ];

    /// <summary>What the owners read back before and after the outsiders tried: the version ETag of each, which every
    /// write changes.</summary>
    public IEnumerable<(string Owner, string Url)> Owned =>
    [
        (Demo("enterprise"), $"/api/needs/{DraftNeed}"), (Demo("enterprise"), $"/api/needs/{WithdrawableNeed}"),
        (Demo("enterprise"), $"/api/needs/{AcceptableNeed}"), (Demo("enterprise"), $"/api/needs/{RejectableNeed}"),
        (Demo("enterprise"), $"/api/needs/{HeldNeed}"),
        (Demo("bureau.zhenhai"), $"/api/challenges/{DraftChallenge}"), (Demo("bureau.zhenhai"), $"/api/challenges/{CancellableChallenge}"),
        (Demo("bureau.zhenhai"), $"/api/challenges/{ReviewedChallenge}"), (Demo("bureau.zhenhai"), $"/api/challenges/{RaceChallenge}"),
        (Demo("bureau.zhenhai"), $"/api/challenges/{PublicisedChallenge}"), (Demo("bureau.zhenhai"), $"/api/challenges/{ObjectedChallenge}"),
        (Demo("bureau.zhenhai"), $"/api/challenges/{NoBidChallenge}"), (Demo("bureau.zhenhai"), $"/api/challenges/{UnfilledChallenge}"),
        (Demo("bureau.zhenhai"), $"/api/challenges/{DeliveredChallenge}"),
        (Demo("university"), $"/api/bids/{SealedBid}"), (Demo("university"), $"/api/bids/{ReviewedBid}"),
        (Demo("bureau.zhenhai"), $"/api/organisations/{PendingToApprove}"), (Demo("bureau.zhenhai"), $"/api/organisations/{PendingToReject}"),
        .. Contracts.Owned,
    ];

    public static string Demo(string account) => $"{account}@techmarket.demo";

    public static async Task<AccessFixture> BuildAsync(TechMarketHost host, SignIn signIn)
    {
        var enterprise = await signIn.AsAsync(Demo("enterprise"));
        var bureau = await signIn.AsAsync(Demo("bureau.zhenhai"));
        var city = await signIn.AsAsync(Demo("bureau"));
        var university = await signIn.AsAsync(Demo("university"));
        var (freshBidder, freshOrganisation) = await RegisteredUniversityAsync(host, signIn, city);
        var (raceRival, _) = await RegisteredUniversityAsync(host, signIn, city);
        var reviewers = await Task.WhenAll(new[] { "li", "chen", "zhou" }.Select(e => signIn.AsAsync(Demo($"expert.{e}"))));
        var newExpert = await signIn.AsAsync(NewExpert);

        var now = host.Clock.GetUtcNow();
        var accepted = await AcceptedAsync(enterprise, bureau, Content(Marker()));
        async Task<string> DraftChallengeAsync() => (await (await bureau.PostAsync("/api/challenges", Draft(Marker(), [(accepted, 500000m)], now, now.AddDays(30))))
            .ShouldBeOkAsync<CreatedResource>()).Id.ToString();
        var open = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromDays(30));
        var ownUpload = await UploadAsync(university, open);
        var sealedBid = await BidAsync(university, open, ownUpload); // a bid uses it, so the sweeper never takes it
        // 联合答题: the race's rival leads a joint bid on a challenge of its own that names the fresh bidder, whose to answer.
        var jointOpen = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromDays(30));
        var jointBid = Bid(Marker());
        jointBid["joint"] = new { leadRole = "牵头单位", leadShare = 500000m, members = new[] { new { organisationId = freshOrganisation, role = "联合研发", share = 200000m } } };
        var joint = (await (await raceRival.PostAsync($"/api/challenges/{jointOpen}/bids", jointBid)).ShouldBeOkAsync<BidReceipt>()).BidId.ToString();
        var reviewed = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromHours(1));
        var reviewedBid = await BidAsync(university, reviewed, await UploadAsync(university, reviewed));
        var race = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromHours(1), "HorseRace", winners: 2);
        string[] raceBids = [await BidAsync(university, race), await BidAsync(raceRival, race)];

        var noBid = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromHours(1));
        var unfilled = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromHours(1));
        var publicised = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromHours(1));
        await BidAsync(university, publicised);
        var objected = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromHours(1));
        await BidAsync(university, objected);
        var delivered = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromHours(1));
        await BidAsync(university, delivered);
        var drawn = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromHours(1));
        await BidAsync(university, drawn);
        foreach (var closing in new[] { reviewed, race, noBid, unfilled, publicised, objected, delivered, drawn })
        {
            await CloseBiddingAsync(host, bureau, closing);
        }

        async Task ProposeAsync(string challenge, params string[] labels)
        {
            foreach (var reviewer in reviewers)
            {
                await AssignAsync(bureau, challenge, reviewer);
                foreach (var (label, score) in labels.Select((l, i) => (l, 8 - i)))
                {
                    await ScoreAsync(reviewer, challenge, label, score, score, score);
                }
            }

            await (await bureau.PostAsync($"/api/challenges/{challenge}/award")).ShouldBeOkAsync();
        }

        // The race and `publicised` are proposed and their publicity runs out; the race is then made final, `publicised`
        // waits for its owner to do it. `objected` is proposed after, so its publicity still runs, with an objection.
        await ProposeAsync(race, "A", "B");
        await ProposeAsync(publicised, "A");
        await ProposeAsync(delivered, "A");
        host.Clock.AdvanceTo((await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{delivered}")).PublicityEndsAt!.Value.AddSeconds(1));
        await (await bureau.PostAsync($"/api/challenges/{race}/award/final")).ShouldBeOkAsync();
        await (await bureau.PostAsync($"/api/challenges/{delivered}/award/final")).ShouldBeOkAsync();
        var deliveredFile = await UploadAsync(university, delivered);
        await (await university.PostAsync($"/api/challenges/{delivered}/delivery", new { report = "中试线连续运行30天，指标全部达成。", attachmentIds = new[] { deliveredFile } }))
            .ShouldBeOkAsync();
        await ProposeAsync(objected, "A");
        var objection = (await (await university.PostAsync($"/api/challenges/{objected}/objections", new { reason = "评分未考虑中试数据" }))
            .ShouldBeOkAsync<ObjectionReceipt>()).ObjectionId.ToString();
        foreach (var reviewer in reviewers.Take(2))
        {
            await AssignAsync(bureau, reviewed, reviewer);
            await ScoreAsync(reviewer, reviewed, "A", 9, 8, 7);
        }

        await AssignAsync(bureau, drawn, newExpert);
        var profile = await newExpert.GetJsonAsync<ExpertProfile>("/api/experts/me");
        return new AccessFixture
        {
            Owners = new()
            {
                [Demo("enterprise")] = enterprise, [Demo("bureau.zhenhai")] = bureau, [Demo("university")] = university, [FreshBidder] = freshBidder,
                [Reviewer] = reviewers[0], [NewExpert] = newExpert, [Demo("broker")] = await signIn.AsAsync(Demo("broker")),
                [Callers.Anonymous] = host.CreateBrowser(host.NextAddress()),
            },
            DraftNeed = (await DraftAsync(enterprise, Content(Marker()))).Id,
            WithdrawableNeed = (await SubmittedAsync(enterprise, Content(Marker()))).Id,
            AcceptableNeed = (await SubmittedAsync(enterprise, Content(Marker()))).Id,
            RejectableNeed = (await SubmittedAsync(enterprise, Content(Marker()))).Id,
            AcceptedNeed = accepted,
            DraftChallenge = await DraftChallengeAsync(),
            CancellableChallenge = await DraftChallengeAsync(),
            OpenChallenge = open,
            HeldNeed = (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{open}")).Funding.Single().NeedId.ToString(),
            SealedBid = sealedBid,
            JointBid = joint,
            OwnUpload = ownUpload,
            ReviewedChallenge = reviewed,
            ReviewedBid = reviewedBid,
            NewExpertId = await ExpertIdAsync(newExpert),
            DrawnChallenge = drawn,
            NewExpertProfile = new { fields = profile.Fields, declaredConflicts = profile.DeclaredConflicts },
            RaceChallenge = race,
            RaceBids = raceBids,
            NoBidChallenge = noBid,
            PublicisedChallenge = publicised,
            ObjectedChallenge = objected,
            Objection = objection,
            UnfilledChallenge = unfilled,
            DeliveredChallenge = delivered,
            Delivery = (await enterprise.GetJsonAsync<JudgementView>($"/api/challenges/{delivered}/judgement")).Deliveries.Single().Id.ToString(),
            PendingToApprove = await RegisterAsync(host),
            PendingToReject = await RegisterAsync(host),
            University = (await university.GetJsonAsync<Organisation>("/api/organisations/mine")).Id.ToString(),
            Match = await Realtime.MatchPushTests.WaitForMatchAsync(university, accepted),
            Contracts = await ContractWorld.BuildAsync(host, enterprise, university, city),
            Rounds = await RoundWorld.BuildAsync(host, enterprise, bureau),
        };
    }

    /// <summary>A registration of 镇海区, so that its bureau decides it and 海曙区's may not.</summary>
    public static async Task<string> RegisterAsync(TechMarketHost host)
    {
        using var anonymous = host.CreateBrowser(host.NextAddress());
        return (await (await anonymous.PostAsync("/api/organisations/registrations", Registration())).ShouldBeOkAsync<RegistrationReceipt>()).Id.ToString();
    }

    public static RegisterOrganisationRequest Registration() =>
        Infrastructure.Organisations.Registration(OrganisationKind.Enterprise, "330211", $"镇海待审企业{Random.Shared.Next(10000, 99999)}");

    private static async Task<(HttpClient Client, string Organisation)> RegisteredUniversityAsync(TechMarketHost host, SignIn signIn, HttpClient city)
    {
        var client = await Infrastructure.Organisations.ApprovedUniversityAsync(host, signIn, city);
        return (client, (await client.GetJsonAsync<Organisation>("/api/organisations/mine")).Id.ToString());
    }

    private static async Task<string> BidAsync(HttpClient bidder, string challengeId, string? attachment = null)
    {
        var bid = Bid(Marker());
        bid["attachmentIds"] = attachment is null ? Array.Empty<string>() : new[] { attachment };
        return (await (await bidder.PostAsync($"/api/challenges/{challengeId}/bids", bid)).ShouldBeOkAsync<BidReceipt>()).BidId.ToString();
    }

    public static async Task<string> UploadAsync(HttpClient bidder, string challengeId) =>
        (await (await bidder.PostAsync($"/api/challenges/{challengeId}/attachments", Pdf())).ShouldBeOkAsync<AttachmentRef>()).AttachmentId.ToString();

    public static MultipartFormDataContent Pdf()
    {
        var file = new ByteArrayContent("%PDF-1.7 申报书"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "申报书.pdf" } };
    }
}
