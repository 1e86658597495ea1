using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Achievements;

/// <summary>The sides of a deal or a trial while one of them is suspended: the suspended side agrees, closes and declines
/// nothing; the other side is told that a party is suspended (not who, nor more of it); and a trial that reaches its end
/// date waits to convert until both sides are in good standing again.</summary>
public class SuspendedSideTests
{
    private readonly AchievementStory _story = new();

    private static Organisation Suspended(Organisation organisation) => organisation with { Status = OrganisationStatus.Suspended };

    private Deal Proposed(out Actor buyer)
    {
        buyer = Actors.Enterprise(_story.Enterprise.Id);
        var seller = Actors.University(_story.University.Id);
        var deal = Deal.Evolve(null, OpenDeal.Decide(_story.Published(), new OpenDeal(Guid.CreateVersion7(), _story.Enterprise, "希望许可使用", buyer, Given.Now, _story.University))
            .ShouldEmitSingle<DealOpened>())!;
        var terms = ContractStory.Terms(amount: 1_500_000m, technology: 1_500_000m, type: ContractType.Licence, milestones: [500_000m, 1_000_000m]);
        return Deal.Evolve(deal, ProposeDealTerms.Decide(deal, new ProposeDealTerms(terms, seller, Given.Now, _story.University)).ShouldEmitSingle<DealTermsProposed>())!;
    }

    private static AgreeDeal Agree(Actor actor, params Organisation[] sides) => new(Guid.CreateVersion7(), 1, sides.ToDictionary(o => o.Id), actor, Given.Now);

    [Fact]
    public void A_suspended_side_agrees_to_nothing_and_the_other_side_cannot_agree_with_a_suspended_one()
    {
        var deal = Proposed(out var buyer);

        AgreeDeal.Decide(deal, Agree(buyer, Suspended(_story.Enterprise), _story.University)).Deal.ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        var refused = AgreeDeal.Decide(deal, Agree(buyer, _story.Enterprise, Suspended(_story.University))).Contract.ShouldBeRefused(ErrorKind.Conflict, "party-suspended");
        refused.Detail.ShouldNotContain(_story.University.Name);
        AgreeDeal.Decide(deal, Agree(buyer, _story.Enterprise, _story.University)).Contract.ShouldEmitSingle<ContractDrafted>();
    }

    [Fact]
    public void A_suspended_side_closes_no_deal()
    {
        var deal = Proposed(out var buyer);

        CloseDeal.Decide(deal, new CloseDeal("价格未谈拢", buyer, Given.Now, Suspended(_story.Enterprise))).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        CloseDeal.Decide(deal, new CloseDeal("价格未谈拢", buyer, Given.Now, _story.Enterprise)).ShouldEmitSingle<DealClosed>();
    }

    [Fact]
    public void A_suspended_enterprise_declines_no_trial()
    {
        var buyer = Actors.Enterprise(_story.Enterprise.Id);
        var trial = Trial.Evolve(null, _story.OnTrial(new TrialTerms(1, 300_000m, TransferMode.Transfer)).Started)!;

        DeclineTrial.Decide(trial, new DeclineTrial("试用效果未达预期", buyer, Given.Now, Suspended(_story.Enterprise))).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        DeclineTrial.Decide(trial, new DeclineTrial("试用效果未达预期", buyer, Given.Now, _story.Enterprise)).ShouldEmitSingle<TrialDeclined>();
    }

    [Fact]
    public void A_trial_with_a_suspended_side_waits_to_convert_until_it_is_reinstated()
    {
        var trial = Trial.Evolve(null, _story.OnTrial(new TrialTerms(1, 300_000m, TransferMode.Transfer)).Started)!;
        var endsAt = AchievementStory.EndOf(trial.EndsOn);

        var (onTrial, onContract) = ConvertTrial.Decide(trial, new ConvertTrial(Guid.CreateVersion7(), endsAt, [_story.Enterprise, Suspended(_story.University)]));
        onTrial.ShouldBeRefused(ErrorKind.Conflict, "party-suspended");
        onContract.ShouldBeRefused(ErrorKind.Conflict, "party-suspended");
        ConvertTrial.Decide(trial, new ConvertTrial(Guid.CreateVersion7(), endsAt, [Suspended(_story.Enterprise), _story.University])).Trial
            .ShouldBeRefused(ErrorKind.Conflict, "party-suspended");
        ConvertTrial.Decide(trial, new ConvertTrial(Guid.CreateVersion7(), endsAt.AddDays(3), [_story.Enterprise, _story.University])).Contract.ShouldEmitSingle<ContractDrafted>();
    }
}
