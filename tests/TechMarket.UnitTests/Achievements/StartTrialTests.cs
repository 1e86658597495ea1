using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Achievements;

public class StartTrialTests
{
    private readonly AchievementStory _story = new();

    [Fact]
    public void Only_an_achievement_offered_for_trial_is_taken_on_trial_once_at_a_time()
    {
        var buyer = Actors.Enterprise(_story.Enterprise.Id);

        StartTrial.Decide(_story.Published(), new StartTrial(Guid.CreateVersion7(), _story.Enterprise, false, buyer, Given.Now, _story.University))
            .ShouldBeRefused(ErrorKind.Conflict, "no-trial");
        StartTrial.Decide(
                _story.Published(AchievementStory.Content(new TrialTerms(1, 1m, TransferMode.Transfer))),
                new StartTrial(Guid.CreateVersion7(), _story.Enterprise, true, buyer, Given.Now, _story.University))
            .ShouldBeRefused(ErrorKind.Conflict, "trial-running");
    }

    [Fact]
    public void Nothing_starts_on_a_suspended_organisation_s_achievement_until_it_is_reinstated()
    {
        var buyer = Actors.Enterprise(_story.Enterprise.Id);
        var achievement = _story.Published(AchievementStory.Content(new TrialTerms(1, 1m, TransferMode.Transfer)));
        var suspended = _story.University with { Status = OrganisationStatus.Suspended };

        StartTrial.Decide(achievement, new StartTrial(Guid.CreateVersion7(), _story.Enterprise, false, buyer, Given.Now, suspended))
            .ShouldBeRefused(ErrorKind.Conflict, "party-suspended");
        OpenDeal.Decide(achievement, new OpenDeal(Guid.CreateVersion7(), _story.Enterprise, "希望许可使用", buyer, Given.Now, suspended))
            .ShouldBeRefused(ErrorKind.Conflict, "party-suspended");
        StartTrial.Decide(achievement, new StartTrial(Guid.CreateVersion7(), _story.Enterprise, false, buyer, Given.Now, _story.University))
            .ShouldEmitSingle<TrialStarted>();
        OpenDeal.Decide(achievement, new OpenDeal(Guid.CreateVersion7(), _story.Enterprise, "希望许可使用", buyer, Given.Now, _story.University))
            .ShouldEmitSingle<DealOpened>();
    }
}
