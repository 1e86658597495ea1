using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Achievements;

/// <summary>A suspended organisation publishes and changes no achievement, and nothing starts on its achievements: every
/// command reads the owner as it is now, and one that has no owner read is refused rather than let through.</summary>
public class SuspendedOwnerTests
{
    private readonly AchievementStory _story = new();

    private Organisation Suspended => _story.University with { Status = OrganisationStatus.Suspended };

    [Fact]
    public void A_suspended_university_publishes_reprices_and_withdraws_nothing()
    {
        var owner = Actors.University(_story.University.Id);
        var achievement = _story.Published();

        PublishAchievement.Decide(new PublishAchievement(Guid.CreateVersion7(), Suspended, AchievementStory.Content(), owner, Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        ChangeAchievementPrice.Decide(achievement, new ChangeAchievementPrice(1_500_000m, "降价", owner, Given.Now, Suspended))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        WithdrawAchievement.Decide(achievement, new WithdrawAchievement("暂不转化", owner, Given.Now, Suspended))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");

        ChangeAchievementPrice.Decide(achievement, new ChangeAchievementPrice(1_500_000m, "降价", owner, Given.Now, _story.University))
            .ShouldEmitSingle<AchievementPriceChanged>();
        WithdrawAchievement.Decide(achievement, new WithdrawAchievement("暂不转化", owner, Given.Now, _story.University))
            .ShouldEmitSingle<AchievementWithdrawn>();
    }

    [Fact]
    public void A_command_without_the_owner_read_is_refused_not_let_through()
    {
        var owner = Actors.University(_story.University.Id);
        var buyer = Actors.Enterprise(_story.Enterprise.Id);
        var achievement = _story.Published(AchievementStory.Content(new TrialTerms(1, 1m, TransferMode.Transfer)));

        foreach (var unread in new Organisation?[] { null, _story.Enterprise })
        {
            ChangeAchievementPrice.Decide(achievement, new ChangeAchievementPrice(1_500_000m, "降价", owner, Given.Now, unread))
                .ShouldBeRefused(ErrorKind.Conflict, "owner-unknown");
            WithdrawAchievement.Decide(achievement, new WithdrawAchievement("暂不转化", owner, Given.Now, unread))
                .ShouldBeRefused(ErrorKind.Conflict, "owner-unknown");
            StartTrial.Decide(achievement, new StartTrial(Guid.CreateVersion7(), _story.Enterprise, false, buyer, Given.Now, unread))
                .ShouldBeRefused(ErrorKind.Conflict, "owner-unknown");
            OpenDeal.Decide(achievement, new OpenDeal(Guid.CreateVersion7(), _story.Enterprise, "希望许可使用", buyer, Given.Now, unread))
                .ShouldBeRefused(ErrorKind.Conflict, "owner-unknown");
        }
    }

    [Fact]
    public void A_suspended_side_proposes_no_deal_terms()
    {
        var achievement = _story.Published();
        var (buyer, seller) = (Actors.Enterprise(_story.Enterprise.Id), Actors.University(_story.University.Id));
        var deal = Deal.Evolve(null, OpenDeal.Decide(achievement, new OpenDeal(Guid.CreateVersion7(), _story.Enterprise, "希望许可使用", buyer, Given.Now, _story.University))
            .ShouldEmitSingle<DealOpened>())!;
        var terms = ContractStory.Terms(amount: 1_500_000m, technology: 1_500_000m, type: ContractType.Licence, milestones: [500_000m, 1_000_000m]);

        ProposeDealTerms.Decide(deal, new ProposeDealTerms(terms, seller, Given.Now, Suspended)).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        ProposeDealTerms.Decide(deal, new ProposeDealTerms(terms, buyer, Given.Now, _story.Enterprise with { Status = OrganisationStatus.Suspended }))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        ProposeDealTerms.Decide(deal, new ProposeDealTerms(terms, buyer, Given.Now, null)).ShouldBeRefused(ErrorKind.Conflict, "organisation-unknown");
        ProposeDealTerms.Decide(deal, new ProposeDealTerms(terms, buyer, Given.Now, _story.Enterprise)).ShouldEmitSingle<DealTermsProposed>();
    }

    [Fact]
    public void Another_organisation_is_refused_as_not_the_owner_before_anything_is_said_of_the_owner_s_standing() =>
        ChangeAchievementPrice.Decide(_story.Published(), new ChangeAchievementPrice(1_500_000m, "降价", Actors.University(Guid.CreateVersion7()), Given.Now, Suspended))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-achievement-owner");
}
