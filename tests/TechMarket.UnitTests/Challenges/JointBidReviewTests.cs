using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges;

/// <summary>A joint bid (联合答题) under review and award: every member counts for conflicts of interest, and the award
/// lists every organisation with its share of the funding.</summary>
public class JointBidReviewTests
{
    private static readonly Guid Institute = Guid.CreateVersion7();
    private static readonly Guid Factory = Guid.CreateVersion7();

    private static ChallengeBid JointBid(decimal budget = 750_000m) => new(
        Guid.NewGuid(), Guid.CreateVersion7(), "甬城大学", true, "sha256-joint", Given.Now.AddDays(-20), budget,
        [new JointPartner(Institute, "东海新材料研究院", "联合研发", 250_000m, true), new JointPartner(Factory, "海曙智能装备", "中试验证", 100_000m, true)],
        "牵头单位");

    private static ExpertProfile Expert(Guid? organisationId = null, params Guid[] declared) =>
        new(Guid.CreateVersion7(), "王教授", organisationId, ["0101"], declared);

    private static Decision Assign(ChallengeStory story, ExpertProfile expert) =>
        AssignExpert.Decide(story.State, new AssignExpert(expert.Id, Actors.Bureau(Given.District), Given.Now), expert, story.Bids, []);

    [Fact]
    public void An_expert_of_a_member_organisation_is_conflicted()
    {
        var story = Given.AChallenge().WithBids(1).WithBid(JointBid()).Closed();

        Assign(story, Expert(Institute)).ShouldBeRefused(ErrorKind.Conflict, "expert-conflict-same-organisation")
            .Detail.ShouldBe("王教授 belongs to 东海新材料研究院, a bidder of this challenge.");
        Assign(story, Expert(null, Factory)).ShouldBeRefused(ErrorKind.Conflict, "expert-conflict-declared");
        Assign(story, Expert(Guid.CreateVersion7())).ShouldEmitSingle<ExpertAssigned>();
    }

    [Fact]
    public void The_award_lists_every_organisation_of_a_winning_joint_bid_with_its_share()
    {
        var story = Given.AChallenge().WithBid(JointBid()).WithBids(1).Closed().WithExperts(1).ScoredByAll("A", 9, 9, 9, 9).ScoredByAll("B", 5, 5, 5, 5)
            .WithFeedback("B");
        var award = new AwardChallenge(1, 5, Actors.Bureau(Given.District), Given.Now);

        var proposed = AwardChallenge.Decide(story.State, award, story.Bids).ShouldEmitSingle<AwardProposed>();

        var winner = proposed.Results.Single(r => r.Won);
        winner.Members.ShouldNotBeNull().Select(m => (m.OrganisationName, m.Role, m.Share, m.Lead)).ShouldBe([
            ("甬城大学", "牵头单位", 400_000m, true), ("东海新材料研究院", "联合研发", 250_000m, false), ("海曙智能装备", "中试验证", 100_000m, false),
        ]);
        winner.Members!.Sum(m => m.Share).ShouldBe(winner.Funding);
        proposed.Results.Single(r => !r.Won).Members.ShouldBeNull();
    }

    [Fact]
    public void Funding_below_the_budget_shrinks_each_member_s_share_in_proportion_and_the_lead_takes_the_rest()
    {
        var shares = JointShares.OfFunding(JointBid(), 500_000m).ShouldNotBeNull();

        // 250 000 × 500/750 = 166 666.666… → 166 666.66; 100 000 × 2/3 → 66 666.66; the lead 266 666.68.
        shares.Select(m => m.Share).ShouldBe([266_666.68m, 166_666.66m, 66_666.66m]);
        shares.Sum(m => m.Share).ShouldBe(500_000m);
    }
}
