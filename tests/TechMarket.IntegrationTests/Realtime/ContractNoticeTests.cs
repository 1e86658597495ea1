using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TechMarket.IntegrationTests.Contracts;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Realtime;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Notifications;
using TechMarket.Server.Modules.Settlement;
using TechMarket.Server.Modules.Statistics;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;

namespace TechMarket.IntegrationTests.Realtime;

/// <summary>
/// Contract notices and the bureau's ticker over the real SignalR client, driven through the contract and settlement
/// endpoints: each party still to sign is asked (never the user whose act asked it), the seller side hears of an
/// accepted milestone and of a payment, a client that was away catches up on them exactly once, and nobody outside the
/// contract hears anything; the ticker moves for the officers of the seller's and the buyer's districts and the city,
/// never for another district's or an enterprise, and a refund moves it back.
/// </summary>
public sealed class ContractNoticeTests(TechMarketHost host) : ApiTest(host)
{
    private DateOnly Today => DateOnly.FromDateTime(Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    [Fact]
    public async Task Each_party_still_to_sign_is_asked_the_sellers_hear_of_acceptance_and_payment_and_nobody_else_hears_anything()
    {
        var (city, zhenhai) = (await AsAsync(Demo.CityBureau), await AsAsync(Demo.ZhenhaiBureau));
        var buyer = await Infrastructure.Organisations.ApprovedEnterpriseAsync(Host, SignIn, city);
        var seller = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, city, "330211");
        var member = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, city);
        var (buyerId, sellerId, memberId) = (await OrganisationIdAsync(buyer), await OrganisationIdAsync(seller), await OrganisationIdAsync(member));
        var colleague = await SignIn.AsAsync(await Accounts.AddUserAsync(Host, Roles.Enterprise, buyerId), Accounts.Password);
        await using var drafterHub = await ConnectAsync(buyer);
        await using var colleagueHub = await ConnectAsync(colleague);
        var sellerHub = await ConnectAsync(seller);
        await using var memberHub = await ConnectAsync(member);
        await using var outsider = await HubClient.ConnectAsync(Host, await SignIn.CachedTokenAsync(Demo.OtherEnterprise));
        var terms = Terms(Today);

        var id = (await buyer.PostAsync<CreatedResource>("/api/contracts",
            new DraftContractRequest(PartySide.Buyer, sellerId, terms, [new ContractMemberRequest(memberId, PartySide.Seller, 30m)]))).Id;
        await SignatureRequestedAsync(sellerHub, id, 1);
        await SignAsync(id, seller, buyer, member);
        await SignatureRequestedAsync(memberHub, id, 3);
        await (await zhenhai.PostJsonAsync($"/api/contracts/{id}/refuse-registration", new ReasonRequest("技术交易额与合同内容不符"))).ShouldBeOkAsync();
        await SignAsync(id, seller, buyer, member);

        // Drafted by the buyer's first user; signed by the seller, the buyer and the member; refused; signed again.
        (await SignatureRequestedAsync(drafterHub, id, 3)).ShouldBe(["CounterpartSigned", "RegistrationRefused", "CounterpartSigned"]);
        (await SignatureRequestedAsync(colleagueHub, id, 4)).ShouldBe(["Drafted", "CounterpartSigned", "RegistrationRefused", "CounterpartSigned"]);
        (await SignatureRequestedAsync(sellerHub, id, 2)).ShouldBe(["Drafted", "RegistrationRefused"]);
        (await SignatureRequestedAsync(memberHub, id, 6)).ShouldBe(["Drafted", "CounterpartSigned", "CounterpartSigned", "RegistrationRefused", "CounterpartSigned", "CounterpartSigned"]);
        memberHub.Received<NoticeMessage>(HubClient.Notice).Where(n => n.SubjectId == id).ShouldAllBe(n => n.Title == terms.Title);

        // The seller is away while its milestone is accepted and paid; the member, also a seller, hears it live.
        var lastSeen = sellerHub.Received<NoticeMessage>(HubClient.Notice).Max(n => n.Sequence);
        await sellerHub.DisposeAsync();
        await RegisterAsync(zhenhai, id, Registration(terms.Type, terms.TechnologyAmount));
        await DeliverAndAcceptAsync(seller, buyer, id, 1);
        var payment = await TransferAsync(buyer, id, 1, 120_000m, Today);
        await (await zhenhai.PostJsonAsync($"/api/contracts/{id}/payments/{payment}/confirm")).ShouldBeOkAsync();

        var accepted = await memberHub.WaitForAsync<NoticeMessage>(HubClient.Notice, n => n.Kind == NoticeKind.MilestoneAccepted);
        accepted.Values.ShouldBe(new Dictionary<string, string> { ["milestone"] = "1", ["milestoneTitle"] = "第1阶段交付" });
        var paid = await memberHub.WaitForAsync<NoticeMessage>(HubClient.Notice, n => n.Kind == NoticeKind.PaymentReceived);
        (paid.SubjectId, paid.Title).ShouldBe((id, terms.Title));
        paid.Values.ShouldBe(new Dictionary<string, string>
        {
            ["milestone"] = "1", ["milestoneTitle"] = "第1阶段交付", ["amount"] = "120000.00", ["method"] = "BankTransfer",
        });

        await using var back = await ConnectAsync(seller);
        var caughtUp = await back.InvokeAsync<List<NoticeMessage>>(nameof(MarketHub.CatchUp), lastSeen);
        await Task.Delay(TimeSpan.FromSeconds(1)); // anything else these events could have pushed has arrived by now
        caughtUp.Select(n => (n.Sequence, n.Kind)).ShouldBe([(lastSeen + 1, NoticeKind.MilestoneAccepted), (lastSeen + 2, NoticeKind.PaymentReceived)]);
        caughtUp.ShouldAllBe(n => n.SubjectId == id);
        caughtUp[1].Values.ShouldBe(paid.Values, ignoreOrder: true); // stored as jsonb, which keeps its own key order
        back.Received<NoticeMessage>(HubClient.Notice).ShouldBeEmpty();
        (await back.InvokeAsync<List<NoticeMessage>>(nameof(MarketHub.CatchUp), lastSeen + 2)).ShouldBeEmpty();

        foreach (var buyerSide in new[] { drafterHub, colleagueHub })
        {
            buyerSide.Received<NoticeMessage>(HubClient.Notice).Where(n => n.SubjectId == id).ShouldAllBe(n => n.Kind == NoticeKind.SignatureRequested);
        }

        memberHub.Received<NoticeMessage>(HubClient.Notice).Count(n => n.SubjectId == id).ShouldBe(8);
        outsider.ReceivedText().ShouldNotContain(id.ToString());
        outsider.ReceivedText().ShouldNotContain(terms.Title);
        (await NoticeList.AllAsync(await AsAsync(Demo.OtherEnterprise))).ShouldNotContain(n => n.SubjectId == id);
    }

    [Fact]
    public async Task The_ticker_moves_for_the_officers_of_the_seller_s_and_the_buyer_s_districts_and_the_city_and_a_refund_moves_it_back()
    {
        var (city, zhenhai) = (await AsAsync(Demo.CityBureau), await AsAsync(Demo.ZhenhaiBureau));
        var buyer = await AsAsync(Demo.OtherEnterprise); // 海曙区
        var seller = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, city, "330211"); // 镇海区
        await using var output = await WatchingAsync(await SignIn.CachedTokenAsync(Demo.ZhenhaiBureau), "ticker:330211");
        await using var input = await WatchingAsync(await SignIn.CachedTokenAsync(Demo.HaishuBureau), "ticker:330203");
        await using var cityHub = await WatchingAsync(await SignIn.CachedTokenAsync(Demo.CityBureau), "ticker:city");
        var yinzhou = await SignIn.AccessTokenAsync(await Accounts.AddUserAsync(Host, Roles.Bureau, jurisdiction: "330212"), Accounts.Password);
        await using var unrelated = await WatchingAsync(yinzhou, "ticker:330212");
        await using var enterprise = await ConnectAsync(buyer);
        (await Should.ThrowAsync<HubException>(() => enterprise.Connection.InvokeAsync(nameof(MarketHub.Watch), "ticker:330203"))).Message.ShouldContain("outside-jurisdiction");
        var terms = Terms(Today, type: ContractType.Licence);

        var id = await ReadyToPayAsync(buyer, seller, zhenhai, terms);
        var payment = await buyer.PostAsync<OnlinePaymentStarted>($"/api/contracts/{id}/milestones/1/payments/online", new OnlinePaymentRequest(125_000m));
        await (await StripeWebhooks.SendAsync(Host, "payment_intent.succeeded", Host.Stripe.Intent(payment.PaymentIntentId, "succeeded"))).ShouldBeOkAsync();
        await (await StripeWebhooks.SendAsync(Host, "charge.refunded", Host.Stripe.RefundedCharge(payment.PaymentIntentId, 2_500_000))).ShouldBeOkAsync();

        static bool Ours(TickerMoved m) => m.Amount is 125_000m or -25_000m;
        var moved = await output.WaitForAsync<TickerMoved>(HubClient.Ticker, m => m.Amount == 125_000m);
        moved.ShouldBe(new TickerMoved("330211", Flow.Output, 100_000m, 125_000m, ContractType.Licence, "0401", Today, moved.At));
        var reversed = await output.WaitForAsync<TickerMoved>(HubClient.Ticker, m => m.Amount == -25_000m);
        reversed.ShouldBe(moved with { TechnologyAmount = -20_000m, Amount = -25_000m, At = reversed.At });
        var absorbed = await input.WaitForAsync<TickerMoved>(HubClient.Ticker, m => m.Amount == 125_000m);
        absorbed.ShouldBe(moved with { District = "330203", Flow = Flow.Absorbed });
        await input.WaitForAsync<TickerMoved>(HubClient.Ticker, m => m.Amount == -25_000m && m.Flow == Flow.Absorbed);
        await cityHub.WaitForAsync<TickerMoved>(HubClient.Ticker, m => m.Amount == -25_000m && m.Flow == Flow.Absorbed);
        await Task.Delay(TimeSpan.FromSeconds(1)); // anything else these events could have pushed has arrived by now

        output.Received<TickerMoved>(HubClient.Ticker).Where(Ours).Select(m => (m.District, m.Flow)).ShouldBe([("330211", Flow.Output), ("330211", Flow.Output)]);
        input.Received<TickerMoved>(HubClient.Ticker).Where(Ours).Select(m => (m.District, m.Flow)).ShouldBe([("330203", Flow.Absorbed), ("330203", Flow.Absorbed)]);
        cityHub.Received<TickerMoved>(HubClient.Ticker).Where(Ours).Select(m => (m.Flow, m.Amount)).ShouldBe(
            [(Flow.Output, 125_000m), (Flow.Absorbed, 125_000m), (Flow.Output, -25_000m), (Flow.Absorbed, -25_000m)]);
        unrelated.Received<TickerMoved>(HubClient.Ticker).Where(Ours).ShouldBeEmpty();
        enterprise.Received<TickerMoved>(HubClient.Ticker).ShouldBeEmpty();
        var registration = (await zhenhai.GetAsync<ContractView>($"/api/contracts/{id}")).Registration.ShouldNotBeNull().Number;
        foreach (var watcher in new[] { output, input, cityHub })
        {
            var text = watcher.ReceivedText();
            foreach (var secret in new[] { id.ToString(), registration, (await OrganisationIdAsync(buyer)).ToString(), "海曙智能装备", terms.Title })
            {
                text.ShouldNotContain(secret);
            }
        }
    }

    private async Task<HubClient> ConnectAsync(HttpClient user) => await HubClient.ConnectAsync(Host, user.DefaultRequestHeaders.Authorization!.Parameter);

    private async Task<HubClient> WatchingAsync(string token, string channel)
    {
        var client = await HubClient.ConnectAsync(Host, token);
        await client.Connection.InvokeAsync(nameof(MarketHub.Watch), channel);
        return client;
    }

    /// <summary>The causes of the signature requests a client received about the contract, once there are as many as
    /// expected (and a moment later, when any more would have arrived).</summary>
    private static async Task<List<string>> SignatureRequestedAsync(HubClient client, Guid contractId, int count)
    {
        List<string> Causes() =>
            [.. client.Received<NoticeMessage>(HubClient.Notice).Where(n => n.Kind == NoticeKind.SignatureRequested && n.SubjectId == contractId).Select(n => n.Values["cause"])];
        await Poll.UntilAsync(() => Task.FromResult(Causes()), c => c.Count >= count, $"{count} signature requests about contract {contractId}");
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        return Causes();
    }
}
