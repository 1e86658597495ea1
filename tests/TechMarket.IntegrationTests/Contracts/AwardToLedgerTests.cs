using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using TechMarket.IntegrationTests.Challenges;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;

namespace TechMarket.IntegrationTests.Contracts;

/// <summary>The money path end to end over HTTP: an award becomes a contract, the contract is signed and registered,
/// a milestone is delivered and accepted, paid online through Stripe, and the broker's ledger shows the reward.</summary>
public sealed partial class AwardToLedgerTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task An_award_becomes_a_registered_contract_whose_online_payment_lands_in_the_broker_s_ledger()
    {
        var (enterprise, university, zhenhai, city, broker) =
            (await AsAsync(Demo.Enterprise), await AsAsync(Demo.University), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.CityBureau), await AsAsync(Demo.Broker));
        var awarded = await AwardedChallenge.StartAsync(Host, AsAsync, [university]);
        var (challengeId, label) = (awarded.Id, awarded.Challenge.Labels[0]);
        var brokerId = Guid.Parse(await ExpertIdAsync(broker));
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime);

        var called = await enterprise.GetAsync<AwardContracts>($"/api/challenges/{challengeId}/contracts");
        called.Teams.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            t => (t.Label, t.Funding, t.ContractId).ShouldBe((label, 700_000m, (Guid?)null)), t => t.OrganisationName.ShouldBe("甬城大学"));
        (await (await AsAsync(Demo.OtherEnterprise)).GetAsync($"/api/challenges/{challengeId}/contracts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The award funds what the winning bid asked for (700,000 of the 1.5 million bounty): that is the contract amount.
        var request = new DraftAwardContractRequest(label, ContractType.Development, 560_000m,
            [new MilestoneTerms("中试验证报告", 300_000m, today.AddMonths(6)), new MilestoneTerms("量产导入与验收", 400_000m, today.AddMonths(12))], BrokerId: brokerId);
        var contractId = (await university.PostAsync<CreatedResource>($"/api/challenges/{challengeId}/contracts", request)).Id;
        await (await enterprise.PostJsonAsync($"/api/challenges/{challengeId}/contracts", request))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-contracted");

        (await university.GetAsync<AwardContracts>($"/api/challenges/{challengeId}/contracts")).Teams.Single().ContractId.ShouldBe(contractId);
        var drafted = await enterprise.GetAsync<ContractView>($"/api/contracts/{contractId}");
        (drafted.Source, drafted.Terms.ContractAmount, drafted.Status).ShouldBe((new ContractSource(ContractOrigin.Challenge, Guid.Parse(challengeId)), 700_000m, ContractStatus.Draft));
        await SignAsync(contractId, enterprise, university);

        var registration = Registration(technology: 560_000m);
        await (await zhenhai.PostJsonAsync($"/api/contracts/{contractId}/register", registration))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction"); // the buyer's bureau; 甬城大学 is in 江北区
        await RegisterAsync(city, contractId, registration);
        var certificate = await enterprise.GetAsync($"/api/contracts/{contractId}/certificate");
        certificate.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = PdfText(await certificate.Content.ReadAsByteArrayAsync());
        text.ShouldContain($"登记编号：{registration.RegistrationNumber}");
        text.ShouldContain("技术合同登记证明");

        await DeliverAndAcceptAsync(university, enterprise, contractId, 1);
        (await enterprise.GetAsync<PaymentMethods>("/api/payments/methods")).Online.ShouldBeTrue();
        var started = await enterprise.PostAsync<OnlinePaymentStarted>($"/api/contracts/{contractId}/milestones/1/payments/online", new OnlinePaymentRequest(300_000m));
        var atStripe = Host.Stripe.Intents[started.PaymentIntentId];
        (atStripe.Intent["amount"]!.GetValue<long>(), atStripe.Intent["currency"]!.GetValue<string>()).ShouldBe((30_000_000L, "cny"));
        atStripe.IdempotencyKey.ShouldBe($"techmarket-payment-{started.PaymentId}");
        started.ClientSecret.ShouldStartWith(started.PaymentIntentId);

        var webhook = await StripeWebhooks.SendAsync(Host, "payment_intent.succeeded", Host.Stripe.Intent(started.PaymentIntentId, "succeeded"));
        (await webhook.ReadAsync<StripeWebhookAnswer>()).Duplicate.ShouldBeFalse();

        var paid = await enterprise.GetAsync<ContractView>($"/api/contracts/{contractId}");
        paid.Milestones[0].Status.ShouldBe(MilestoneStatus.Paid);
        paid.Payments.ShouldHaveSingleItem().Status.ShouldBe(PaymentStatus.Confirmed);
        (paid.Settled, paid.TechnologySettled).ShouldBe((300_000m, 240_000m));
        var ledger = await broker.GetAsync<BrokerLedger>("/api/brokers/me/ledger");
        var entry = ledger.Entries.Where(e => e.ContractId == contractId).ShouldHaveSingleItem();
        (entry.Kind, entry.TechnologyAmount, entry.RatePercent, entry.Reward, entry.RegistrationNumber)
            .ShouldBe((LedgerEntryKind.Accrual, 240_000m, 2m, 4_800m, registration.RegistrationNumber));

        // The buyer's acceptance of the last milestone is the challenge's 市场判题.
        await DeliverAndAcceptAsync(university, enterprise, contractId, 2);
        (await enterprise.GetJsonAsync<ChallengeView>($"/api/challenges/{challengeId}")).Status.ShouldBe(ChallengeStatus.Completed);
    }

    /// <summary>The text of the first page, read back with PDFsharp (which must parse the file): UCS-2 hex strings decoded.</summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        document.PageCount.ShouldBe(1);
        var content = document.Pages[0].Contents.Elements.GetObject(0) is PdfDictionary direct ? direct : (PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)document.Pages[0].Contents.Elements[0]).Value;
        var ascii = Encoding.ASCII.GetString(content.Stream.UnfilteredValue);
        return string.Join("\n", HexString().Matches(ascii).Select(m => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(m.Groups[1].Value))));
    }

    [GeneratedRegex("<([0-9A-F]+)> Tj")]
    private static partial Regex HexString();
}
