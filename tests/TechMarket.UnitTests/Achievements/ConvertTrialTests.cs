using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Contracts;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Achievements;

public class ConvertTrialTests
{
    private readonly AchievementStory _story = new();

    [Fact]
    public void A_trial_runs_free_until_its_end_date_and_then_converts_into_the_pre_agreed_contract()
    {
        var (achievement, started) = _story.OnTrial(new TrialTerms(3, 800_000m, TransferMode.Licence));
        (started.StartsOn, started.EndsOn).ShouldBe((Given.TodayInChina, Given.TodayInChina.AddMonths(3)));
        var trial = Trial.Evolve(null, started)!;
        var endsAt = AchievementStory.EndOf(started.EndsOn);

        ConvertTrial.Decide(trial, new ConvertTrial(Guid.CreateVersion7(), endsAt.AddTicks(-1))).Trial.ShouldBeRefused(ErrorKind.Conflict, "not-due");
        var (onTrial, onContract) = ConvertTrial.Decide(trial, new ConvertTrial(Guid.CreateVersion7(), endsAt));

        onTrial.ShouldEmitSingle<TrialConverted>();
        var drafted = onContract.ShouldEmitSingle<ContractDrafted>();
        (drafted.Terms.Type, drafted.Terms.ContractAmount, drafted.Terms.TechnologyAmount).ShouldBe((ContractType.Licence, 800_000m, 800_000m));
        drafted.Terms.Milestones.ShouldHaveSingleItem().DueOn.ShouldBe(started.EndsOn.AddDays(30));
        drafted.Source.ShouldBe(new ContractSource(ContractOrigin.Achievement, achievement.Id));
    }
}
