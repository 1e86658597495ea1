using System.Collections.Immutable;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Settlement;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

/// <summary>
/// A contract whose other party is suspended: nothing moves towards that party — no signature, no revision, no
/// acceptance (it makes money due), no payment of any kind — each refused as <c>party-suspended</c> with nothing of that
/// party in the message, and each goes through again once the bureau reinstates it. A party may still leave or refuse
/// (terminate, reject a delivery) and record its own performance (deliver): those decisions read no other party
/// (the integration test <c>SuspendedOrganisationCommandsTests</c> terminates a contract with a suspended party).
/// </summary>
public class SuspendedCounterpartyTests
{
    private static Organisation Suspended(Organisation organisation) => Fold(organisation,
        new OrganisationSuspended(organisation.Id, "营业执照被吊销", Guid.CreateVersion7(), Given.Now.AddHours(-2)));

    private static Organisation Reinstated(Organisation suspended) => Fold(suspended,
        new OrganisationReinstated(suspended.Id, Guid.CreateVersion7(), Given.Now.AddHours(-1)));

    private static Organisation Fold(Organisation organisation, OrganisationEvent e) => Organisation.Evolve(organisation, e)!;

    private static void ShouldBePartySuspended(Decision decision, Organisation party) =>
        decision.ShouldBeRefused(ErrorKind.Conflict, "party-suspended").Detail.ShouldSatisfyAllConditions(
            d => d.ShouldNotContain(party.Name), d => d.ShouldNotContain(party.Id.ToString()));

    [Fact]
    public void Nobody_signs_or_revises_towards_a_suspended_party_until_it_is_reinstated()
    {
        var story = new ContractStory().Drafted();
        var terms = ContractStory.Terms(technology: 700_000m);
        var suspended = Suspended(story.Seller);
        Decision Sign(Organisation seller) => SignContract.Decide(story.State, new SignContract(story.BuyerUser, Given.Now, story.Buyer, [story.Buyer, seller]));
        Decision Revise(Organisation seller) => ReviseContract.Decide(story.State, new ReviseContract(terms, null, story.BuyerUser, Given.Now, story.Buyer, [story.Buyer, seller]));

        ShouldBePartySuspended(Sign(suspended), story.Seller);
        ShouldBePartySuspended(Revise(suspended), story.Seller);

        Sign(Reinstated(suspended)).ShouldEmitSingle<ContractSigned>();
        Revise(Reinstated(suspended)).ShouldEmitSingle<ContractRevised>();
    }

    [Fact]
    public void No_milestone_is_accepted_while_the_seller_is_suspended_but_the_buyer_may_reject_it()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered().Delivered(1);
        var suspended = Suspended(story.Seller);

        ShouldBePartySuspended(AcceptMilestone.Decide(story.State, new AcceptMilestone(1, story.BuyerUser, Given.Now, story.Buyer, [story.Buyer, suspended])), story.Seller);
        RejectMilestone.Decide(story.State, new RejectMilestone(1, "样机未达标", story.BuyerUser, Given.Now, story.Buyer)).ShouldEmitSingle<MilestoneRejected>();

        AcceptMilestone.Decide(story.State, new AcceptMilestone(1, story.BuyerUser, Given.Now, story.Buyer, [story.Buyer, Reinstated(suspended)]))
            .ShouldEmitSingle<MilestoneAccepted>();
    }

    [Fact]
    public void No_money_goes_to_a_suspended_seller_online_by_transfer_or_by_voucher()
    {
        var story = ContractStory.ReadyToPay(ContractStory.Terms(type: ContractType.Service));
        var suspended = Suspended(story.Seller);
        var transfer = new TransferRequest(100_000m, "CMB20261120001", Guid.NewGuid(), Given.TodayInChina);
        var voucher = new Voucher(Guid.CreateVersion7(), story.Buyer.Id, story.Buyer.Name, ContractStory.BuyerDistrict, 200_000m, 200_000m,
            Given.TodayInChina.AddMonths(6), [VoucherUse.TechnicalService], [], 50m, ImmutableDictionary<(Guid, int), Guid>.Empty);
        Decision Online(Organisation seller) => PayOnline.Decide(story.State,
            new PayOnline(Guid.CreateVersion7(), 1, 100_000m, ContractStory.Intent, story.BuyerUser, Given.Now, story.Buyer, [story.Buyer, seller]));
        Decision Transfer(Organisation seller) => PayByTransfer.Decide(story.State,
            new PayByTransfer(Guid.CreateVersion7(), 1, transfer, ContractStory.Evidence(), story.BuyerUser, Given.Now, story.Buyer, [story.Buyer, seller]));
        (Decision Voucher, Decision Contract) Voucher(Organisation seller) => ApplyVoucher.Decide(voucher, story.State,
            new ApplyVoucher(Guid.CreateVersion7(), 1, 100_000m, 2m, story.BuyerUser, Given.Now, story.Buyer, [story.Buyer, seller]));

        ShouldBePartySuspended(Online(suspended), story.Seller);
        ShouldBePartySuspended(Transfer(suspended), story.Seller);
        ShouldBePartySuspended(Voucher(suspended).Voucher, story.Seller);
        ShouldBePartySuspended(Voucher(suspended).Contract, story.Seller);

        Online(Reinstated(suspended)).ShouldEmitSingle<PaymentOpened>();
        Transfer(Reinstated(suspended)).ShouldEmitSingle<PaymentOpened>();
        Voucher(Reinstated(suspended)).Voucher.ShouldEmitSingle<VoucherRedeemed>();
    }

    [Fact]
    public void A_party_not_read_refuses_and_an_outsider_learns_nothing_of_the_parties()
    {
        var story = new ContractStory().Drafted();
        var outsider = Actors.Enterprise(Guid.CreateVersion7());

        SignContract.Decide(story.State, new SignContract(story.BuyerUser, Given.Now, story.Buyer, [story.Buyer])).ShouldBeRefused(ErrorKind.Conflict, "party-unknown");
        SignContract.Decide(story.State, new SignContract(story.BuyerUser, Given.Now, story.Buyer)).ShouldBeRefused(ErrorKind.Conflict, "party-unknown");
        SignContract.Decide(story.State, new SignContract(outsider, Given.Now, Given.ApprovedOf(outsider), [story.Buyer, Suspended(story.Seller)]))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
    }
}
