using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Organisations;

/// <summary>
/// One rule for a suspended organisation, in every command's decision (ActingOrganisation): on a second node whose
/// revocation poll is an hour away the suspended organisation's token still passes, so each 409
/// <c>organisation-suspended</c> here comes from the command's own read of its organisation — and the database shows
/// that nothing at all was written. Representative commands of each module: needs, bids, challenges, profiles, contracts, settlement (achievements:
/// <c>Achievements.SuspendedOwnerTests</c>). A contract's other party suspended stops what moves towards it, not a refusal
/// or a termination; and an organisation that cannot be read refuses the command rather than letting it through.
/// </summary>
public sealed class SuspendedOrganisationCommandsTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    private static readonly object Profile = new
    {
        summary = "停权测试学院面向本地产业开展技术攻关。",
        fields = new[] { "0401" },
        strengths = new[] { new { name = "材料科学与工程", description = "正极材料包覆与掺杂改性。" } },
        teams = Array.Empty<object>(),
        products = Array.Empty<object>(),
    };

    private DateOnly Today => DateOnly.FromDateTime(Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    [Fact]
    public async Task A_suspended_enterprise_s_needs_contract_and_payments_are_refused_by_each_decision_and_nothing_is_written()
    {
        await using var secondNode = new SecondNode(Host, revocationPoll: TimeSpan.FromHours(1));
        var (city, zhenhai, seller) = (await AsAsync(Demo.CityBureau), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Institute));
        var account = await Accounts.ApprovedAsync(Host, city);
        using var browser = Host.CreateBrowser(Host.NextAddress());
        using var enterprise = secondNode.CreateApiClient((await Accounts.TokensAsync(browser, account)).AccessToken!);
        var (draft, draftETag) = await DraftAsync(enterprise, Content(Marker()));
        var (submitted, _) = await SubmittedAsync(enterprise, Content(Marker()));
        var contract = await ReadyToPayAsync(enterprise, seller, zhenhai, Terms(Today));
        var receipt = await UploadAsync(enterprise, contract, "银行回单.pdf");
        var unsigned = await DraftAsync(enterprise, await OrganisationIdAsync(seller), Terms(Today));

        await (await city.PostAsync($"/api/organisations/{account.OrganisationId}/suspend", new { reason = "营业执照被吊销" })).ShouldBeOkAsync();
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        await SuspendedAsync(await enterprise.PutAsync($"/api/needs/{draft}", Content(Marker()), draftETag));
        await SuspendedAsync(await enterprise.PostAsync($"/api/needs/{draft}/submit", ifMatch: draftETag));
        await SuspendedAsync(await enterprise.PostAsync($"/api/needs/{submitted}/withdraw", new { reason = "停权期间撤回" }));
        await SuspendedAsync(await enterprise.PostJsonAsync($"/api/contracts/{unsigned}/sign"));
        await SuspendedAsync(await enterprise.PostJsonAsync($"/api/contracts/{contract}/terminate", new ReasonRequest("停权期间解除")));
        await SuspendedAsync(await enterprise.PostJsonAsync($"/api/contracts/{contract}/milestones/1/payments/transfer",
            new TransferRequest(100_000m, "CMB123456", receipt, Today)));

        (await watch.WritesAsync()).ShouldBeEmpty();
        // The seller's bureau reads the contract as it was: registered, neither terminated nor paid.
        (await zhenhai.GetJsonAsync<ContractView>($"/api/contracts/{contract}")).ShouldSatisfyAllConditions(
            c => c.Status.ShouldBe(ContractStatus.Registered), c => c.Payments.ShouldBeEmpty());
    }

    [Fact]
    public async Task A_suspended_university_neither_bids_nor_unlocks_details_nor_publishes_its_profile_and_nothing_is_written()
    {
        await using var secondNode = new SecondNode(Host, revocationPoll: TimeSpan.FromHours(1));
        var city = await AsAsync(Demo.CityBureau);
        var challenge = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(2));
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var email = await Infrastructure.Organisations.RegisterApprovedUniversityAsync(anonymous, city);
        using var browser = Host.CreateBrowser(Host.NextAddress());
        using var university = secondNode.CreateApiClient((await Accounts.TokensAsync(browser, email, Infrastructure.Organisations.Password)).AccessToken!);
        var organisation = await OrganisationIdAsync(university);
        var bid = (await university.PostAsync<Server.Modules.Bids.BidReceipt>($"/api/challenges/{challenge}/bids", Bid(Marker()))).BidId;

        await (await city.PostAsync($"/api/organisations/{organisation}/suspend", new { reason = "涉嫌虚假登记" })).ShouldBeOkAsync();
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        await SuspendedAsync(await university.PutAsync($"/api/bids/{bid}", Bid(Marker(), budget: 600_000m)));
        await SuspendedAsync(await university.PostAsync($"/api/bids/{bid}/withdraw"));
        await SuspendedAsync(await university.PostAsync($"/api/challenges/{challenge}/bids", Bid(Marker())));
        await SuspendedAsync(await university.PostAsync($"/api/challenges/{challenge}/nda"));
        await SuspendedAsync(await university.PutAsync("/api/profiles/mine", Profile));

        (await watch.WritesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Nothing_moves_towards_a_suspended_seller_until_it_is_reinstated_but_the_buyer_may_refuse_and_leave()
    {
        var city = await AsAsync(Demo.CityBureau);
        var account = await Accounts.ApprovedAsync(Host, city);
        var buyer = await SignIn.AsAsync(account.Email, account.Password);
        var seller = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, city);
        var sellerId = await OrganisationIdAsync(seller);
        var sellerName = (await seller.GetJsonAsync<Server.Modules.Organisations.Organisation>("/api/organisations/mine")).Name;
        var contract = await ReadyToPayAsync(buyer, seller, city, Terms(Today, type: ContractType.Service));
        var voucher = (await (await AsAsync(Demo.ZhenhaiBureau)).PostAsync<Server.Infrastructure.Http.CreatedResource>("/api/vouchers",
            new IssueVoucherRequest(Guid.Parse(account.OrganisationId), 60_000m, Today.AddDays(30), [VoucherUse.TechnicalService], 50m))).Id;
        var evidence = await UploadAsync(seller, contract);
        await (await seller.PostJsonAsync($"/api/contracts/{contract}/milestones/2/deliver", new DeliverMilestoneRequest("第二阶段成果", [evidence]))).ShouldBeOkAsync();
        var receipt = await UploadAsync(buyer, contract, "银行回单.pdf");
        var unsigned = await DraftAsync(buyer, sellerId, Terms(Today));

        await (await city.PostAsync($"/api/organisations/{sellerId}/suspend", new { reason = "营业执照被吊销" })).ShouldBeOkAsync();
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        await PartySuspendedAsync(await buyer.PostJsonAsync($"/api/contracts/{unsigned}/sign"), sellerName);
        await PartySuspendedAsync(await buyer.PutAsync($"/api/contracts/{unsigned}", Terms(Today)), sellerName);
        await PartySuspendedAsync(await buyer.PostJsonAsync($"/api/contracts/{contract}/milestones/2/accept"), sellerName);
        await PartySuspendedAsync(await buyer.PostJsonAsync($"/api/contracts/{contract}/milestones/1/payments/transfer",
            new TransferRequest(100_000m, "CMB654321", receipt, Today)), sellerName);
        await PartySuspendedAsync(await buyer.PostJsonAsync($"/api/contracts/{contract}/milestones/1/payments/voucher",
            new VoucherPaymentRequest(voucher, 10_000m)), sellerName);
        (await watch.WritesAsync()).ShouldBeEmpty();

        // Refusing a delivery and leaving the contract stay open to the buyer.
        await (await buyer.PostJsonAsync($"/api/contracts/{contract}/milestones/2/reject", new ReasonRequest("停权期间不予验收"))).ShouldBeOkAsync();
        await (await buyer.PostJsonAsync($"/api/contracts/{contract}/terminate", new ReasonRequest("对方被停权"))).ShouldBeOkAsync();
        (await buyer.GetJsonAsync<ContractView>($"/api/contracts/{contract}")).Status.ShouldBe(ContractStatus.Terminated);

        await (await city.PostAsync($"/api/organisations/{sellerId}/reinstate")).ShouldBeOkAsync();
        await (await buyer.PostJsonAsync($"/api/contracts/{unsigned}/sign")).ShouldBeOkAsync();
    }

    [Fact]
    public async Task A_command_whose_organisation_cannot_be_read_is_refused_and_writes_nothing()
    {
        var city = await AsAsync(Demo.CityBureau);
        var account = await Accounts.ApprovedAsync(Host, city);
        var enterprise = await SignIn.AsAsync(account.Email, account.Password);
        var (draft, draftETag) = await DraftAsync(enterprise, Content(Marker()));

        // The organisation's document is gone (what a failed or missing read looks like to the command); its token still passes.
        await using (var connection = new Npgsql.NpgsqlConnection(Host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var delete = new Npgsql.NpgsqlCommand("delete from techmarket.mt_doc_organisation where id = $1", connection)
            {
                Parameters = { new() { Value = Guid.Parse(account.OrganisationId) } },
            };
            (await delete.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        var watch = await WriteWatch.StartAsync(Host.ConnectionString);
        await UnknownAsync(await enterprise.PutAsync($"/api/needs/{draft}", Content(Marker()), draftETag));
        await UnknownAsync(await enterprise.PostAsync($"/api/needs/{draft}/submit", ifMatch: draftETag));
        (await watch.WritesAsync()).ShouldBeEmpty();
    }

    private static async Task PartySuspendedAsync(HttpResponseMessage response, string party) =>
        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "party-suspended")).Detail.ShouldNotBeNull().ShouldNotContain(party);

    private static Task<Problem> UnknownAsync(HttpResponseMessage response) => response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "organisation-unknown");

    private static Task<Problem> SuspendedAsync(HttpResponseMessage response) => response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "organisation-suspended");
}
