using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Statistics;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Statistics;

/// <summary>
/// 揭榜挂帅 rounds and lists in the report: 「组织需求征集2轮，发布“揭榜挂帅”需求榜单3批、列入榜单项目12个。」 — each figure opens the
/// rounds or lists it counts, and which rounds count (opened in the period, by a bureau the region covers).
/// </summary>
public class RoundListSentencesTests
{
    private static ReportSentence? ListsSentence(int rounds, int lists, int listed) =>
        ReportWriter.Write(new ReportFacts("镇海区", StatPeriod.Year(2026), CubeMeasures.Zero, CubeMeasures.Zero, null, null, 0, [], null, null,
                (_, _) => "ledger", "rankings", ActivityFacts.None with { RoundsOpened = rounds, ListsPublished = lists, ListedChallenges = listed },
                "rounds?region=330211", "lists?region=330211"))
            .SingleOrDefault(s => s.Key == "lists");

    [Fact]
    public void Rounds_opened_and_lists_published_read_as_the_bureau_writes_them_each_figure_opening_its_list()
    {
        // Two rounds; three lists holding 4 + 5 + 3 = 12 challenges.
        var sentence = ListsSentence(rounds: 2, lists: 3, listed: 4 + 5 + 3).ShouldNotBeNull();

        sentence.Text.ShouldBe("组织需求征集2轮，发布“揭榜挂帅”需求榜单3批、列入榜单项目12个。");
        sentence.Figures.Select(f => (f.Key, f.Text, f.Value, f.Unit, f.DrillDown)).ShouldBe(
        [
            ("roundsOpened", "2轮", 2m, "count", "rounds?region=330211"),
            ("listsPublished", "3批", 3m, "count", "lists?region=330211"),
            ("listedChallenges", "12个", 12m, "count", "lists?region=330211"),
        ]);
        sentence.Figures.ShouldAllBe(f => sentence.Text.Substring(f.Start, f.Text.Length) == f.Text);
    }

    [Fact]
    public void A_period_with_rounds_only_or_lists_only_says_that_alone_and_one_with_neither_says_nothing()
    {
        ListsSentence(rounds: 1, lists: 0, listed: 0).ShouldNotBeNull().Text.ShouldBe("组织需求征集1轮。");
        ListsSentence(rounds: 0, lists: 1, listed: 4).ShouldNotBeNull().Text.ShouldBe("发布“揭榜挂帅”需求榜单1批、列入榜单项目4个。");
        ListsSentence(rounds: 0, lists: 0, listed: 0).ShouldBeNull();
    }

    [Fact]
    public void A_round_counts_in_the_period_of_its_opening_day_once_that_day_has_come_unless_called_off_before()
    {
        var year = StatPeriod.Year(2026);
        var today = Given.TodayInChina; // 2026-11-25

        RoundListQueries.Opened(Given.Round(opens: new(2026, 3, 1), closes: new(2026, 4, 30)), year, today).ShouldBeTrue();
        RoundListQueries.Opened(Given.Round(opens: new(2025, 12, 1), closes: new(2026, 1, 31)), year, today).ShouldBeFalse("it opened the year before");
        RoundListQueries.Opened(Given.Round(opens: today.AddDays(5), closes: today.AddDays(20)), year, today).ShouldBeFalse("it has not opened yet");
        // Closed early on 24 November: a round that had opened still counts; one due to open on 28 November never opened.
        RoundListQueries.Opened(Given.Round(opens: today.AddDays(-5), closedEarly: true), year, today).ShouldBeTrue();
        RoundListQueries.Opened(Given.Round(opens: today.AddDays(3), closes: today.AddDays(20), closedEarly: true), year, today.AddDays(10))
            .ShouldBeFalse("it was called off before its opening day");
    }

    [Fact]
    public void A_district_counts_its_own_bureau_s_rounds_and_lists_the_city_and_the_province_the_city_bureau_s_too()
    {
        var regions = Catalog.Regions;
        ScopedRegion Scope(string code) => new(regions.Find(code)!, regions.DistrictsUnder(code));

        RoundListQueries.BureausOf(regions, Scope("330211")).ShouldBe(["330211"]);
        var ningbo = RoundListQueries.BureausOf(regions, Scope("330200"));
        ningbo.ShouldContain(Jurisdictions.City);
        ningbo.Count.ShouldBe(1 + regions.DistrictsUnder("330200").Count);
        RoundListQueries.BureausOf(regions, Scope("330000")).ShouldContain(Jurisdictions.City);
        RoundListQueries.BureausOf(regions, Scope("330300")).ShouldNotContain(Jurisdictions.City, "Wenzhou's city bureau is not the platform's");
    }
}
