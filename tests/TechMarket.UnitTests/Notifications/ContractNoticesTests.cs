using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Notifications;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Notifications;

/// <summary>Who hears of a contract event: the parties still to sign (never the user who caused it), the seller side of
/// a milestone's acceptance and payment — each told from the contract as it stood right after the event.</summary>
public class ContractNoticesTests
{
    private readonly ContractStory _story = new();

    /// <summary>What the last event of the story tells, given the contract folded through it.</summary>
    private ContractNotices.Told? LastTold() =>
        ContractNotices.Decide(_story.History.Aggregate((ContractDetails?)null, ContractDetailsProjection.Evolve)!, _story.History[^1]);

    [Fact]
    public void A_draft_asks_every_party_to_sign_except_the_user_who_drafted_it()
    {
        _story.Drafted();

        var told = LastTold().ShouldNotBeNull();

        told.Kind.ShouldBe(NoticeKind.SignatureRequested);
        told.Organisations.ShouldBe([_story.Buyer.Id, _story.Seller.Id], ignoreOrder: true);
        told.Except.ShouldBe(((ContractDrafted)_story.History[0]).By);
        told.Values.ShouldBe(new Dictionary<string, string> { ["cause"] = "Drafted" });
    }

    [Fact]
    public void A_signature_asks_only_the_parties_still_missing_and_the_last_one_asks_nobody()
    {
        var member = Given.Organisation(OrganisationKind.Institute, district: ContractStory.SellerDistrict);
        _story.Take(DraftContract.Decide(_story.DraftCommand(members: [new MemberCandidate(member.Id, member, PartySide.Seller, 30m)])));
        var parties = new[] { _story.Buyer, _story.Seller, member };
        _story.Take(SignContract.Decide(_story.State, new SignContract(_story.BuyerUser, Given.Now, _story.Buyer, parties)));

        var told = LastTold().ShouldNotBeNull();
        (told.Kind, told.Values["cause"]).ShouldBe((NoticeKind.SignatureRequested, "CounterpartSigned"));
        told.Organisations.ShouldBe([_story.Seller.Id, member.Id], ignoreOrder: true);

        _story.Take(SignContract.Decide(_story.State, new SignContract(_story.SellerUser, Given.Now, _story.Seller, parties)));
        LastTold().ShouldNotBeNull().Organisations.ShouldBe([member.Id]);
        _story.Take(SignContract.Decide(_story.State, new SignContract(Actors.University(member.Id), Given.Now, member, parties)));
        LastTold().ShouldBeNull();
    }

    [Theory]
    [InlineData("Revised")]
    [InlineData("RegistrationRefused")]
    public void A_revision_or_a_refused_registration_voids_every_signature_and_asks_all_parties_again(string cause)
    {
        _story.Drafted().SignedByBoth();
        var by = Guid.CreateVersion7();
        var id = _story.State.Id;
        _story.History.Add(cause == "Revised"
            ? new ContractRevised(id, ContractStory.Terms(amount: 900_000m, milestones: [300_000m, 600_000m]), by, Given.Now)
            : new ContractRegistrationRefused(id, "技术交易额与合同内容不符", by, Given.Now));

        var told = LastTold().ShouldNotBeNull();

        told.Organisations.ShouldBe([_story.Buyer.Id, _story.Seller.Id], ignoreOrder: true);
        (told.Except, told.Values["cause"]).ShouldBe((by, cause));
    }

    [Fact]
    public void An_accepted_milestone_is_told_to_the_seller_side_with_its_number_and_deliverable()
    {
        _story.Drafted().SignedByBoth().Registered().Delivered(1).Accepted(1);

        var told = LastTold().ShouldNotBeNull();

        (told.Kind, told.Except).ShouldBe((NoticeKind.MilestoneAccepted, null));
        told.Organisations.ShouldBe([_story.Seller.Id]);
        told.Values.ShouldBe(new Dictionary<string, string> { ["milestone"] = "1", ["milestoneTitle"] = "第1阶段交付物" });
    }

    [Fact]
    public void A_confirmed_payment_is_told_to_the_payee_with_its_amount_and_method_and_nothing_else_of_the_settlement()
    {
        var story = ContractStory.ReadyToPay();
        var payment = story.Transfer(120_000m);
        var confirmed = story.Confirm(payment);
        confirmed.Error.ShouldBeNull();
        var details = story.History.Concat(confirmed.Events.Cast<ContractEvent>()).Aggregate((ContractDetails?)null, ContractDetailsProjection.Evolve)!;

        var told = confirmed.Events.Cast<ContractEvent>().Select(e => ContractNotices.Decide(details, e)).OfType<ContractNotices.Told>().ShouldHaveSingleItem();

        (told.Kind, told.Except).ShouldBe((NoticeKind.PaymentReceived, null));
        told.Organisations.ShouldBe([story.Seller.Id]);
        told.Values.ShouldBe(new Dictionary<string, string>
        {
            ["milestone"] = "1", ["milestoneTitle"] = "第1阶段交付物", ["amount"] = "120000.00", ["method"] = "BankTransfer",
        });
    }
}
