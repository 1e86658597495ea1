using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Achievements;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Achievements;

public class DeclineTrialTests
{
    private readonly AchievementStory _story = new();

    [Fact]
    public void A_trial_declined_before_its_end_never_converts_and_one_declined_too_late_is_refused()
    {
        var buyer = Actors.Enterprise(_story.Enterprise.Id);
        var trial = Trial.Evolve(null, _story.OnTrial(new TrialTerms(1, 300_000m, TransferMode.Transfer)).Started)!;
        var endsAt = AchievementStory.EndOf(trial.EndsOn);

        DeclineTrial.Decide(trial, new DeclineTrial("试用效果未达预期", buyer, endsAt, Own: Given.ApprovedOf(buyer))).ShouldBeRefused(ErrorKind.Conflict, "trial-ended");
        DeclineTrial.Decide(trial, new DeclineTrial("试用效果未达预期", Actors.University(_story.University.Id), Given.Now, Own: Given.ApprovedOf(Actors.University(_story.University.Id)))).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
        var declined = Trial.Evolve(trial, DeclineTrial.Decide(trial, new DeclineTrial("试用效果未达预期", buyer, endsAt.AddTicks(-1), Own: Given.ApprovedOf(buyer))).ShouldEmitSingle<TrialDeclined>())!;

        ConvertTrial.Decide(declined, new ConvertTrial(Guid.CreateVersion7(), endsAt.AddDays(1))).Trial.ShouldBeRefused(ErrorKind.Conflict, "not-due");
    }
}
