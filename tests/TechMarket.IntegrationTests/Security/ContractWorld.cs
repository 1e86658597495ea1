using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// The contracts, payments, vouchers, achievements, deals and trials the access matrix guards, each in the state its
/// owner's request needs. Every contract is between 甬江新材料 (buyer, 镇海区) and 甬城大学 (seller, 江北区), so the
/// city bureau registers them; 海曙区's bureau, the other enterprise, the institute and the broker are outsiders.
/// </summary>
public sealed record ContractWorld(
    Guid RevisableDraft, Guid SigningDraft, Guid TerminableDraft, Guid Registrable, Guid Refusable, Guid Performing, Guid SellerFile, Guid Delivered,
    Guid Payable, Guid BuyerReceipt, Guid ConfirmableTransfer, Guid RejectableTransfer, Guid Service, Guid Voucher, Guid Achievement,
    Guid WithdrawableAchievement, Guid TrialAchievement, Guid Deal, Guid ClosableDeal, Guid Trial, Guid Enterprise)
{
    public const string City = "bureau@techmarket.demo";

    public IEnumerable<string> Secrets =>
    [
        .. new[] { RevisableDraft, SigningDraft, TerminableDraft, Registrable, Refusable, Performing, SellerFile, Delivered, Payable, BuyerReceipt,
            ConfirmableTransfer, RejectableTransfer, Service, Voucher, Deal, ClosableDeal, Trial }.Select(g => g.ToString()),
    ];

    public IEnumerable<(string Owner, string Url)> Owned =>
    [
        .. new[] { RevisableDraft, SigningDraft, TerminableDraft, Registrable, Refusable, Performing, Delivered, Payable, Service }
            .Select(c => (AccessFixture.Demo("enterprise"), $"/api/contracts/{c}")),
        (AccessFixture.Demo("enterprise"), $"/api/vouchers/{Voucher}"), (AccessFixture.Demo("enterprise"), $"/api/deals/{Deal}"),
        (AccessFixture.Demo("enterprise"), $"/api/deals/{ClosableDeal}"), (AccessFixture.Demo("enterprise"), $"/api/trials/{Trial}"),
        (AccessFixture.Demo("university"), $"/api/achievements/{Achievement}"), (AccessFixture.Demo("university"), $"/api/achievements/{WithdrawableAchievement}"),
    ];

    public static AchievementContent Content(TrialTerms? trial = null) => new(
        "正极材料包覆工艺成果" + Guid.NewGuid().ToString("N")[..6], "原子层沉积包覆，45℃循环1000次容量保持率92%，已完成中试验证。", "0401", 6,
        ["ZL201710601862.3"], [TransferMode.Transfer, TransferMode.Licence], 1_000_000m, trial);

    public static async Task<ContractWorld> BuildAsync(TechMarketHost host, HttpClient enterprise, HttpClient university, HttpClient city)
    {
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var universityId = await OrganisationIdAsync(university);
        async Task<Guid> Draft(ContractType type = ContractType.Development) =>
            await DraftAsync(enterprise, universityId, Terms(today, 1_000_000m, type == ContractType.Service ? 1_000_000m : 800_000m, type));
        async Task<Guid> Signed()
        {
            var id = await Draft();
            await SignAsync(id, enterprise, university);
            return id;
        }

        async Task<Guid> Registered(ContractType type = ContractType.Development)
        {
            var id = await Draft(type);
            await SignAsync(id, enterprise, university);
            await RegisterAsync(city, id, Registration(type, type == ContractType.Service ? 1_000_000m : 800_000m));
            return id;
        }

        var signing = await Draft();
        await SignAsync(signing, enterprise);
        var performing = await Registered();
        var delivered = await Registered();
        foreach (var milestone in new[] { 1, 2 })
        {
            await (await university.PostJsonAsync($"/api/contracts/{delivered}/milestones/{milestone}/deliver",
                new DeliverMilestoneRequest("阶段成果", [await UploadAsync(university, delivered)]))).ShouldBeOkAsync();
        }

        var payable = await Registered();
        await DeliverAndAcceptAsync(university, enterprise, payable, 1);
        var service = await Registered(ContractType.Service);
        await DeliverAndAcceptAsync(university, enterprise, service, 1);
        var voucher = (await city.PostAsync<CreatedResource>("/api/vouchers",
            new IssueVoucherRequest(await OrganisationIdAsync(enterprise), 100_000m, today.AddMonths(6), [VoucherUse.TechnicalService], 50m))).Id;
        var achievement = (await university.PostAsync<CreatedResource>("/api/achievements", Content())).Id;
        var trialOn = (await university.PostAsync<CreatedResource>("/api/achievements", Content(new TrialTerms(6, 500_000m, TransferMode.Licence)))).Id;
        return new ContractWorld(
            await Draft(), signing, await Draft(), await Signed(), await Signed(), performing, await UploadAsync(university, performing), delivered, payable,
            await UploadAsync(enterprise, payable, "银行回单.pdf"), await TransferAsync(enterprise, payable, 1, 1_000m, today),
            await TransferAsync(enterprise, payable, 1, 1_000m, today), service, voucher, achievement,
            (await university.PostAsync<CreatedResource>("/api/achievements", Content())).Id,
            (await university.PostAsync<CreatedResource>("/api/achievements", Content(new TrialTerms(6, 500_000m, TransferMode.Licence)))).Id,
            (await enterprise.PostAsync<CreatedResource>($"/api/achievements/{achievement}/deals", new OpenDealRequest("希望洽谈许可"))).Id,
            (await enterprise.PostAsync<CreatedResource>($"/api/achievements/{achievement}/deals", new OpenDealRequest("希望洽谈转让"))).Id,
            (await enterprise.PostAsync<CreatedResource>($"/api/achievements/{trialOn}/trials")).Id, await OrganisationIdAsync(enterprise));
    }
}
