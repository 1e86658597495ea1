using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Achievements;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Achievements;

public class ChangeAchievementPriceTests
{
    private readonly AchievementStory _story = new();

    [Fact]
    public void The_owner_changes_the_price_with_a_reason_and_may_make_it_negotiable()
    {
        var achievement = _story.Published();

        var changed = ChangeAchievementPrice.Decide(achievement, new ChangeAchievementPrice(null, "改为面议", Actors.University(_story.University.Id), Given.Now, _story.University))
            .ShouldEmitSingle<AchievementPriceChanged>();

        Achievement.Evolve(achievement, changed)!.AskingPrice.ShouldBeNull();
        ChangeAchievementPrice.Decide(achievement, new ChangeAchievementPrice(1m, "降价", Actors.University(Guid.CreateVersion7()), Given.Now, _story.University))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-achievement-owner");
        ChangeAchievementPrice.Decide(achievement, new ChangeAchievementPrice(2_000_000m, "不变", Actors.University(_story.University.Id), Given.Now, _story.University))
            .ShouldBeRefused(ErrorKind.Conflict, "same-price");
    }

    [Fact]
    public void The_hall_keeps_every_price_with_its_reason_in_order()
    {
        var owner = Actors.University(_story.University.Id);
        var published = PublishAchievement.Decide(new PublishAchievement(Guid.CreateVersion7(), _story.University, AchievementStory.Content(), owner, Given.Now))
            .ShouldEmitSingle<AchievementPublished>();
        var changed = ChangeAchievementPrice.Decide(Achievement.Evolve(null, published)!, new ChangeAchievementPrice(1_500_000m, "年内降价", owner, Given.Now.AddDays(1), _story.University))
            .ShouldEmitSingle<AchievementPriceChanged>();

        var details = new AchievementEvent[] { published, changed }.Aggregate((AchievementDetails?)null, AchievementDetailsProjection.Evolve)!;

        details.AskingPrice.ShouldBe(1_500_000m);
        details.PriceHistory.Select(p => (p.AskingPrice, p.Reason)).ShouldBe([(2_000_000m, (string?)null), (1_500_000m, "年内降价")]);
        details.UpdatedAt.ShouldBe(Given.Now.AddDays(1));
    }
}
