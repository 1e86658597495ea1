using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using static TechMarket.IntegrationTests.Security.AccessFixture;

namespace TechMarket.IntegrationTests.Security;

/// <summary>The matrix entries of contracts, settlement, vouchers, brokers, achievements, deals and trials
/// (<see cref="ContractWorld"/>). Bodies go through <see cref="Typed.Body"/>: enums by name, as the API reads them.</summary>
public static partial class AccessMatrix
{
    private const string City = ContractWorld.City;
    // Properties, not fields: the entries are built while the other part of this class initializes its fields, and the
    // order in which the fields of two parts of a class are initialized is not defined.
    private static DateOnly Later => new(2027, 12, 31);

    private static DateOnly Yesterday => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

    private static string[] OwnLists => [Other, Institute];

    private static ContractTermsRequest Terms(ContractType type = ContractType.Development) =>
        new("正极材料包覆工艺合同", type, "0401", 1_000_000m, 1_000_000m, [new MilestoneTerms("交付全部成果", 1_000_000m, Later)]);

    private static HttpContent Reason() => Typed.Body(new ReasonRequest("双方协商一致"));

    /// <summary>The award funds what the winning bid asked for (700,000), so that is the contract amount.</summary>
    private static Entry AwardContract => Send("POST", "/api/challenges/{id:guid}/contracts", University, Created, f => $"/api/challenges/{f.PublicisedChallenge}/contracts",
        _ => Typed.Body(new DraftAwardContractRequest("A", ContractType.Development, 500_000m, [new MilestoneTerms("中试验证与验收", 700_000m, Later)])));

    private static IEnumerable<Entry> ContractEntries() =>
    [
        // Contracts, from draft to registration and performance.
        Send("POST", "/api/contracts/", Enterprise, Created, _ => "/api/contracts",
            f => Typed.Body(new DraftContractRequest(PartySide.Buyer, Guid.Parse(f.University), Terms())), OwnLists),
        Send("PUT", "/api/contracts/{id:guid}", Enterprise, NoContent, f => $"/api/contracts/{f.Contracts.RevisableDraft}", _ => Typed.Body(Terms())),
        Send("POST", "/api/contracts/{id:guid}/sign", University, NoContent, f => $"/api/contracts/{f.Contracts.SigningDraft}/sign", _ => new { }),
        Send("POST", "/api/contracts/{id:guid}/register", City, NoContent, f => $"/api/contracts/{f.Contracts.Registrable}/register",
            _ => Typed.Body(Contracts.ContractRequests.Registration())),
        Send("POST", "/api/contracts/{id:guid}/refuse-registration", City, NoContent, f => $"/api/contracts/{f.Contracts.Refusable}/refuse-registration", _ => Reason()),
        Send("POST", "/api/contracts/{id:guid}/terminate", Enterprise, NoContent, f => $"/api/contracts/{f.Contracts.TerminableDraft}/terminate", _ => Reason()),
        Send("POST", "/api/contracts/{id:guid}/files", University, Created, f => $"/api/contracts/{f.Contracts.Performing}/files", _ => Pdf()),
        Send("POST", "/api/contracts/{id:guid}/milestones/{number:int}/deliver", University, NoContent, f => $"/api/contracts/{f.Contracts.Performing}/milestones/1/deliver",
            f => Typed.Body(new DeliverMilestoneRequest("提交中试报告", [f.Contracts.SellerFile]))),
        Send("POST", "/api/contracts/{id:guid}/milestones/{number:int}/accept", Enterprise, NoContent, f => $"/api/contracts/{f.Contracts.Delivered}/milestones/1/accept", _ => new { }),
        Send("POST", "/api/contracts/{id:guid}/milestones/{number:int}/reject", Enterprise, NoContent, f => $"/api/contracts/{f.Contracts.Delivered}/milestones/2/reject", _ => Reason()),
        Get("/api/contracts/{id:guid}", Enterprise, f => $"/api/contracts/{f.Contracts.Payable}"),
        Get("/api/contracts/{id:guid}/summary", Enterprise, f => $"/api/contracts/{f.Contracts.Payable}/summary"),
        Get("/api/contracts/mine", Enterprise, _ => "/api/contracts/mine", OwnLists),
        Get("/api/contracts/registrations", City, _ => "/api/contracts/registrations", [Haishu]),
        Get("/api/contracts/{id:guid}/certificate", Enterprise, f => $"/api/contracts/{f.Contracts.Payable}/certificate"),
        Get("/api/contracts/{id:guid}/files/{fileId:guid}", University, f => $"/api/contracts/{f.Contracts.Performing}/files/{f.Contracts.SellerFile}"),

        // Settlement.
        Send("POST", "/api/contracts/{id:guid}/milestones/{number:int}/payments/online", Enterprise, Ok, f => $"/api/contracts/{f.Contracts.Payable}/milestones/1/payments/online",
            _ => Typed.Body(new OnlinePaymentRequest(1_000m))),
        Send("POST", "/api/contracts/{id:guid}/milestones/{number:int}/payments/transfer", Enterprise, Ok, f => $"/api/contracts/{f.Contracts.Payable}/milestones/1/payments/transfer",
            f => Typed.Body(new TransferRequest(1_000m, "CMB20261201", f.Contracts.BuyerReceipt, Yesterday))),
        Send("POST", "/api/contracts/{id:guid}/milestones/{number:int}/payments/voucher", Enterprise, Ok, f => $"/api/contracts/{f.Contracts.Service}/milestones/1/payments/voucher",
            f => Typed.Body(new VoucherPaymentRequest(f.Contracts.Voucher, 1_000m))),
        Send("POST", "/api/contracts/{id:guid}/payments/{paymentId:guid}/confirm", City, NoContent,
            f => $"/api/contracts/{f.Contracts.Payable}/payments/{f.Contracts.ConfirmableTransfer}/confirm", _ => new { }),
        Send("POST", "/api/contracts/{id:guid}/payments/{paymentId:guid}/reject", City, NoContent,
            f => $"/api/contracts/{f.Contracts.Payable}/payments/{f.Contracts.RejectableTransfer}/reject", _ => Reason()),
        Get("/api/payments/transfers", City, _ => "/api/payments/transfers", [Haishu]),
        Get("/api/payments/methods", Enterprise, _ => "/api/payments/methods", SignedIn),
        Get("/api/organisations/directory", Enterprise, _ => "/api/organisations/directory?q=甬", SignedIn),
        Get("/api/challenges/{id:guid}/contracts", University, f => $"/api/challenges/{f.RaceChallenge}/contracts"),
        Elsewhere("POST", "/api/payments/stripe/webhook", "signed by Stripe, not by a token: StripeWebhookTests"),

        // Innovation vouchers and the broker ledger.
        Send("POST", "/api/vouchers/", City, Created, _ => "/api/vouchers",
            f => Typed.Body(new IssueVoucherRequest(f.Contracts.Enterprise, 10_000m, Later, [VoucherUse.Consulting], 30m))),
        Get("/api/vouchers/mine", Enterprise, _ => "/api/vouchers/mine", [Other]),
        Get("/api/vouchers/", City, _ => "/api/vouchers", [Haishu]),
        Get("/api/vouchers/redemptions", City, _ => "/api/vouchers/redemptions", [Haishu]),
        Get("/api/vouchers/{id:guid}", Enterprise, f => $"/api/vouchers/{f.Contracts.Voucher}"),
        Get("/api/brokers/", Demo("broker"), _ => "/api/brokers", SignedIn),
        Get("/api/brokers/me/ledger", Demo("broker"), _ => "/api/brokers/me/ledger", [Demo("broker")]),
        Get("/api/brokers/claims", City, _ => "/api/brokers/claims", [Haishu]),

        // Achievements, deals and 先用后转 trials.
        Send("POST", "/api/achievements/", University, Created, _ => "/api/achievements", _ => Typed.Body(ContractWorld.Content()), [Institute]),
        // The achievement hall is public: everyone reads published achievements, signed in or not.
        Get("/api/achievements/", Callers.Anonymous, _ => "/api/achievements?pageSize=100", [.. SignedIn, Callers.Anonymous]),
        Get("/api/achievements/mine", University, _ => "/api/achievements/mine", [Institute]),
        Get("/api/achievements/{id:guid}", Callers.Anonymous, f => $"/api/achievements/{f.Contracts.Achievement}", [.. SignedIn, Callers.Anonymous]),
        Send("PUT", "/api/achievements/{id:guid}/price", University, NoContent, f => $"/api/achievements/{f.Contracts.Achievement}/price",
            _ => Typed.Body(new PriceRequest(800_000m, "专利维持费下调"))),
        Send("POST", "/api/achievements/{id:guid}/withdraw", University, NoContent, f => $"/api/achievements/{f.Contracts.WithdrawableAchievement}/withdraw", _ => Reason()),
        Send("POST", "/api/achievements/{id:guid}/deals", Enterprise, Created, f => $"/api/achievements/{f.Contracts.Achievement}/deals",
            _ => Typed.Body(new OpenDealRequest("希望洽谈独占许可")), [Other]),
        Send("POST", "/api/achievements/{id:guid}/trials", Enterprise, Created, f => $"/api/achievements/{f.Contracts.TrialAchievement}/trials", _ => null, [Other]),
        Send("POST", "/api/deals/{id:guid}/proposals", University, NoContent, f => $"/api/deals/{f.Contracts.Deal}/proposals", _ => Typed.Body(Terms(ContractType.Licence))),
        Send("POST", "/api/deals/{id:guid}/agree", Enterprise, Ok, f => $"/api/deals/{f.Contracts.Deal}/agree", _ => Typed.Body(new AgreeDealRequest(1))),
        Send("POST", "/api/deals/{id:guid}/close", University, NoContent, f => $"/api/deals/{f.Contracts.ClosableDeal}/close", _ => Reason()),
        Get("/api/deals/mine", Enterprise, _ => "/api/deals/mine", OwnLists),
        Get("/api/deals/{id:guid}", Enterprise, f => $"/api/deals/{f.Contracts.Deal}"),
        Send("POST", "/api/trials/{id:guid}/decline", Enterprise, NoContent, f => $"/api/trials/{f.Contracts.Trial}/decline", _ => Reason()),
        Get("/api/trials/mine", Enterprise, _ => "/api/trials/mine", OwnLists),
        Get("/api/trials/{id:guid}", Enterprise, f => $"/api/trials/{f.Contracts.Trial}"),
    ];
}
