using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Achievements;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Achievements;

public class PublishAchievementTests
{
    private readonly AchievementStory _story = new();

    [Fact]
    public void A_university_publishes_with_its_district_and_normalised_patents()
    {
        var published = PublishAchievement.Decide(new PublishAchievement(
                Guid.CreateVersion7(), _story.University, AchievementStory.Content() with { Patents = ["zl 201710601862.3", "ZL201710601862.3"] },
                Actors.University(_story.University.Id), Given.Now))
            .ShouldEmitSingle<AchievementPublished>();

        (published.OrganisationId, published.District).ShouldBe((_story.University.Id, "330212"));
        published.Content.Patents.ShouldBe(["ZL201710601862.3"]);
    }

    [Fact]
    public void An_enterprise_does_not_publish_achievements()
    {
        PublishAchievement.Decide(new PublishAchievement(Guid.CreateVersion7(), _story.Enterprise, AchievementStory.Content(), Actors.Enterprise(_story.Enterprise.Id), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-university");
    }
}
