using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Settlement;

namespace TechMarket.UnitTests.Fixtures;

/// <summary>
/// A contract between an enterprise of 镇海区 (the buyer) and a university of 鄞州区 (the seller): 1,000,000 yuan, of
/// which 800,000 is technology, in two milestones of 400,000 and 600,000. Its history is played through the real
/// decisions and folded with <see cref="Contract.Evolve"/>, so a test starts from any step.
/// </summary>
public sealed class ContractStory
{
    public const string BuyerDistrict = Given.District;
    public const string SellerDistrict = "330212";

    /// <summary>The PaymentIntent of the story's online payments at Stripe.</summary>
    public const string Intent = "pi_3TestIntent";

    public static readonly ContractBroker Broker = new(Guid.CreateVersion7(), "技术经纪人 郑晓");

    public Organisation Buyer { get; } = Given.Organisation(OrganisationKind.Enterprise, district: BuyerDistrict);

    public Organisation Seller { get; } = Given.Organisation(OrganisationKind.University, district: SellerDistrict);

    /// <summary>Both parties as a command reads them: approved.</summary>
    public IReadOnlyList<Organisation> Parties => [Buyer, Seller];

    public Actor BuyerUser => Actors.Enterprise(Buyer.Id);

    public Actor SellerUser => Actors.University(Seller.Id);

    public Actor SellerBureau { get; } = Actors.Bureau(SellerDistrict);

    public List<ContractEvent> History { get; } = [];

    public Contract State => History.Aggregate((Contract?)null, Contract.Evolve)!;

    public static ContractTerms Terms(
        decimal amount = 1_000_000m, decimal technology = 800_000m, ContractType type = ContractType.Development, ContractBroker? broker = null,
        IReadOnlyList<ForeignParty>? foreign = null, bool related = false, Guid? tiedTo = null, params decimal[] milestones) =>
        new("高镍正极材料包覆工艺开发", type, "0401", amount, technology,
            [.. (milestones.Length == 0 ? [400_000m, 600_000m] : milestones).Select((m, i) => new MilestoneTerms($"第{i + 1}阶段交付物", m, Given.TodayInChina.AddMonths(i + 3)))],
            broker, foreign ?? [], related, tiedTo);

    public DraftContract DraftCommand(ContractTerms? terms = null, Actor? by = null, IReadOnlyList<MemberCandidate>? members = null, TiedContract? tied = null) =>
        new(Guid.CreateVersion7(), PartySide.Buyer, Buyer, Seller, members ?? [], terms ?? Terms(), tied, by ?? BuyerUser, Given.Now.AddDays(-20));

    public ContractStory Drafted(ContractTerms? terms = null) => Take(DraftContract.Decide(DraftCommand(terms)));

    public ContractStory SignedByBoth() =>
        Take(SignContract.Decide(State, new SignContract(BuyerUser, Given.Now.AddDays(-19), Buyer, Parties)))
            .Take(SignContract.Decide(State, new SignContract(SellerUser, Given.Now.AddDays(-18), Seller, Parties)));

    public ContractStory Registered(string number = "2026330212000001") =>
        Take(RegisterContract.Decide(State, new RegisterContract(
            new RegisterContractRequest(number, State.Terms.Type, State.Terms.TechnologyAmount), null, 10_000_000m, SellerBureau, Given.Now.AddDays(-15))));

    public ContractStory Delivered(int milestone) =>
        Take(DeliverMilestone.Decide(State, new DeliverMilestone(milestone, "交付中试报告", [Evidence()], SellerUser, Given.Now.AddDays(-10), Seller)));

    public ContractStory Accepted(int milestone) =>
        Take(AcceptMilestone.Decide(State, new AcceptMilestone(milestone, BuyerUser, Given.Now.AddDays(-9), Buyer, Parties)));

    /// <summary>Drafted, signed, registered, and milestone 1 delivered and accepted: ready to be paid.</summary>
    public static ContractStory ReadyToPay(ContractTerms? terms = null) => new ContractStory().Drafted(terms).SignedByBoth().Registered().Delivered(1).Accepted(1);

    /// <summary>The buyer reports a bank transfer for the milestone, with a receipt; the new payment's id.</summary>
    public Guid Transfer(decimal amount, int milestone = 1)
    {
        var command = new PayByTransfer(Guid.CreateVersion7(), milestone, new TransferRequest(amount, "CMB20261120001", Guid.NewGuid(), Given.TodayInChina),
            Evidence(), BuyerUser, Given.Now, Buyer, Parties);
        Take(PayByTransfer.Decide(State, command));
        return command.PaymentId;
    }

    /// <summary>The seller's bureau confirms the transfer, at a broker reward of 2 %.</summary>
    public Decision Confirm(Guid payment) => ConfirmTransfer.Decide(State, new ConfirmTransfer(payment, 2m, SellerBureau, Given.Now));

    /// <summary>The buyer pays the milestone online: a payment under <see cref="Intent"/>, open until Stripe tells.</summary>
    public Guid OnlinePayment(decimal amount = 400_000m, int milestone = 1)
    {
        var command = new PayOnline(Guid.CreateVersion7(), milestone, amount, Intent, BuyerUser, Given.Now, Buyer, Parties);
        Take(PayOnline.Decide(State, command));
        return command.PaymentId;
    }

    /// <summary>What Stripe's event about the payment decides, at a broker reward of 2 %.</summary>
    public Decision Stripe(Guid payment, StripeNotice notice) => OnlineSettlement.Decide(State, payment, notice, 2m, Given.Now);

    /// <summary>A Stripe event about <see cref="Intent"/>, in fen (400,000 yuan unless told).</summary>
    public static StripeNotice Notice(StripeOutcome outcome, long refundedFen = 0, long amountFen = 40_000_000, string id = "evt_1") =>
        new(id, Intent, outcome, amountFen, "cny", refundedFen, Given.Now);

    public ContractStory Take(Decision decision)
    {
        decision.Error.ShouldBeNull();
        History.AddRange(decision.Events.Cast<ContractEvent>());
        return this;
    }

    public static ContractFileRef Evidence() => new(Guid.NewGuid(), "中试报告.pdf", "application/pdf", 1024, new string('a', 64));
}
