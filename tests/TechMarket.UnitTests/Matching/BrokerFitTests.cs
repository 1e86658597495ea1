using TechMarket.Server.Modules.Matching;

namespace TechMarket.UnitTests.Matching;

public class BrokerFitTests
{
    [Fact]
    public void A_broker_following_the_sub_field_and_the_district_is_matched_with_both_reasons()
    {
        var fit = BrokerFit.Score(["0401"], ["330211"], "0401", "330211").ShouldNotBeNull();

        fit.Score.ShouldBe(1.0, 1e-9);
        fit.Reasons.ShouldBe([new MatchReason(MatchReasonKind.FollowsField, ["0401"]), new MatchReason(MatchReasonKind.FollowsDistrict, ["330211"])]);
    }

    [Fact]
    public void Following_a_top_level_field_covers_its_sub_fields_but_counts_a_little_less()
    {
        var top = BrokerFit.Score(["04"], [], "0403", "330203").ShouldNotBeNull();
        var exact = BrokerFit.Score(["0403"], [], "0403", "330203").ShouldNotBeNull();

        top.Reasons.ShouldBe([new MatchReason(MatchReasonKind.FollowsField, ["04"])]);
        top.Score.ShouldBeLessThan(exact.Score);
    }

    [Fact]
    public void A_broker_who_follows_neither_is_not_matched()
    {
        BrokerFit.Score(["08"], ["330203"], "0401", "330211").ShouldBeNull();
        BrokerFit.Score(["0401"], [], "0402", "330211").ShouldBeNull(); // a sibling sub-field is not followed
    }
}
