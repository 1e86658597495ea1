using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.UnitTests.Fixtures;
using static TechMarket.Server.Modules.Challenges.StageOutcome;

namespace TechMarket.UnitTests.Challenges.Award;

public class DeliverResultsTests
{
    private static readonly DeliveredFile Report = new(Guid.NewGuid(), "交付报告.pdf", "application/pdf", 4096, "sha256-x");

    private static DeliverResults Deliver(ChallengeStory story, string label, Guid? deliveryId = null)
    {
        var winner = Actors.University(story.Bid(label).OrganisationId);
        return new(deliveryId ?? Guid.NewGuid(), "  样机通过第三方检测，报告见附件。 ", [Report], winner, Given.Now, Given.ApprovedOf(winner));
    }

    [Fact]
    public void The_winner_delivers_a_report_and_its_files()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded();
        var command = Deliver(story, "A");

        var delivered = DeliverResults.Decide(story.State, command).ShouldEmitSingle<ResultsDelivered>();

        (delivered.DeliveryId, delivered.BidId, delivered.Label, delivered.OrganisationId, delivered.Report, delivered.By)
            .ShouldBe((command.DeliveryId, story.BidId("A"), "A", story.Bid("A").OrganisationId, "样机通过第三方检测，报告见附件。", command.Actor.UserId));
        delivered.Files.ShouldBe([Report]);
        story.Then(delivered).State.Delivered.ShouldBe([story.BidId("A")]);
        var shown = story.Details.Deliveries.ShouldHaveSingleItem();
        (shown.Round, shown.Label, shown.Files.Count).ShouldBe((1, "A", 1));
    }

    [Fact]
    public void A_later_delivery_in_the_same_round_replaces_the_earlier_one()
    {
        var story = Given.AChallenge().WithBids(1).Closed().Awarded().Delivered("A");
        var again = Deliver(story, "A");

        story.Then(DeliverResults.Decide(story.State, again).ShouldEmitSingle<ResultsDelivered>());

        story.Details.Deliveries.ShouldHaveSingleItem().Id.ShouldBe(again.DeliveryId);
    }

    [Fact]
    public void Only_a_winning_team_still_in_the_race_delivers()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded();
        DeliverResults.Decide(story.State, Deliver(story, "B")).ShouldBeRefused(ErrorKind.Forbidden, "not-a-winner");
        var funder = Actors.Enterprise(story.Funding[0].EnterpriseId);
        DeliverResults.Decide(story.State, Deliver(story, "A") with { Actor = funder, Own = Given.ApprovedOf(funder) })
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-winner");

        var race = Given.AChallenge(Given.Terms(ChallengeMode.HorseRace, winnerCount: 2, stages: Given.TwoStages)).WithBids(2).Closed().Awarded()
            .Gate(1, ("A", Continue), ("B", Eliminate));
        DeliverResults.Decide(race.State, Deliver(race, "B")).ShouldBeRefused(ErrorKind.Forbidden, "not-a-winner");
        DeliverResults.Decide(race.State, Deliver(race, "A")).ShouldEmitSingle<ResultsDelivered>();
    }

    [Fact]
    public void Nothing_is_delivered_before_the_award_or_after_a_funder_accepted()
    {
        var inPublicity = Given.AChallenge().WithBids(1).Closed().InPublicity();
        DeliverResults.Decide(inPublicity.State, Deliver(inPublicity, "A")).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");

        var judged = Given.AChallenge(funding: [500_000m, 300_000m]).WithBids(1).Closed().Awarded().Delivered("A");
        judged.Then(AcceptResults.Decide(judged.State, new AcceptResults(null, [], null, Actors.Enterprise(judged.Funding[0].EnterpriseId), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(judged.Funding[0].EnterpriseId))))
            .ShouldEmitSingle<ResultsAccepted>());
        DeliverResults.Decide(judged.State, Deliver(judged, "A")).ShouldBeRefused(ErrorKind.Conflict, "judging-started");
    }

    [Theory]
    [InlineData("短", 0)]
    [InlineData("完整的交付报告内容，超过十个字。", 11)]
    public void A_delivery_has_a_report_and_at_most_ten_different_files(string report, int files)
    {
        var ids = Enumerable.Range(0, files).Select(_ => Guid.NewGuid()).ToList();
        var fields = new List<string>();
        if (report.Length < 10)
        {
            fields.Add("Report");
        }

        if (files > DeliverResultsValidator.MaxFiles)
        {
            fields.Add("AttachmentIds");
        }

        new DeliverResultsValidator().ShouldBeInvalid(new DeliverResultsRequest(report, ids), [.. fields]);
        var same = Guid.NewGuid();
        new DeliverResultsValidator().ShouldBeInvalid(new DeliverResultsRequest("完整的交付报告内容，超过十个字。", [same, same]), "AttachmentIds");
    }
}
