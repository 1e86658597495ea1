using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.UnitTests.Lists;

public class RoundReportTests
{
    private static readonly Guid Round = Guid.CreateVersion7();

    private static RoundNeedEntry Need(OrganisationKind kind, bool accepted = false) => new() { Id = Guid.CreateVersion7(), RoundId = Round, PosterKind = kind, Accepted = accepted };

    [Fact]
    public void The_report_counts_the_needs_by_poster_kind_and_the_share_from_enterprises()
    {
        List<RoundNeedEntry> needs =
        [
            .. Enumerable.Range(0, 41).Select(i => Need(OrganisationKind.Enterprise, accepted: i < 20)),
            .. Enumerable.Range(0, 6).Select(_ => Need(OrganisationKind.Institute, accepted: true)),
            .. Enumerable.Range(0, 3).Select(_ => Need(OrganisationKind.Hospital)),
        ];
        List<RoundChallengeEntry> challenges =
        [
            new() { Id = Guid.CreateVersion7(), RoundId = Round, Title = "乙", Published = true, Awarded = true },
            new() { Id = Guid.CreateVersion7(), RoundId = Round, Title = "甲", Published = true },
            new() { Id = Guid.CreateVersion7(), RoundId = Round, Title = "丙" },
        ];

        var report = RoundReport.From(Round, "2026年征集", needs, challenges, []);

        report.Collected.ShouldBe(50);
        report.FromEnterprisesPercent.ShouldBe(82);
        report.ByKind.ShouldBe([new(OrganisationKind.Enterprise, 41), new(OrganisationKind.Institute, 6), new(OrganisationKind.Hospital, 3)]);
        report.Accepted.ShouldBe(26);
        (report.Refined, report.Published, report.Awarded).ShouldBe((3, 2, 1));
        report.Challenges.Select(c => c.Title).ShouldBe(["丙", "乙", "甲"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(1, 8, 13)]
    [InlineData(164, 164, 100)]
    public void The_share_is_a_whole_percentage_with_halves_rounded_up(int part, int whole, int percent) =>
        RoundReport.Percent(part, whole).ShouldBe(percent);
}
