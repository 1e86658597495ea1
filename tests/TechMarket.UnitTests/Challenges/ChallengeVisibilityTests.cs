using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges;

public class ChallengeVisibilityTests
{
    private static readonly Dictionary<Guid, string> NoNames = [];

    private static Actor Funder(ChallengeStory story) => Actors.Enterprise(story.Funding[0].EnterpriseId);

    public static TheoryData<string> Outsiders => new("university", "enterprise", "expert", "other-district-bureau");

    private static Actor Outsider(string who) => who switch
    {
        "university" => Actors.University(Guid.CreateVersion7()),
        "enterprise" => Actors.Enterprise(Guid.CreateVersion7()),
        "expert" => Actors.Expert(),
        _ => Actors.Bureau(Given.OtherDistrict),
    };

    [Fact]
    public void A_draft_is_seen_by_its_bureau_and_each_enterprise_asked_to_fund_it()
    {
        var story = Given.ADraftChallenge(funding: [1m, 2m]);

        ChallengeVisibility.CanSee(story.Details, Actors.Bureau(Given.District)).ShouldBeTrue();
        ChallengeVisibility.CanSee(story.Details, Actors.CityBureau()).ShouldBeTrue();
        story.Funding.ShouldAllBe(f => ChallengeVisibility.CanSee(story.Details, Actors.Enterprise(f.EnterpriseId)));
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public void Nobody_else_sees_a_draft(string who) =>
        ChallengeVisibility.CanSee(Given.ADraftChallenge().Details, Outsider(who)).ShouldBeFalse();

    [Theory]
    [MemberData(nameof(Outsiders))]
    public void Once_published_everyone_signed_in_sees_the_challenge(string who)
    {
        ChallengeVisibility.CanSee(Given.AChallengeIn(ChallengeStatus.Published).Details, Outsider(who)).ShouldBeTrue();
        ChallengeVisibility.CanSee(Given.AChallengeIn(ChallengeStatus.Cancelled).Details, Outsider(who)).ShouldBeTrue();
    }

    [Fact]
    public void Funders_and_the_covering_bureau_read_the_confidential_details()
    {
        var story = Given.AChallengeIn(ChallengeStatus.Published);

        foreach (var reader in new[] { Funder(story), Actors.Bureau(Given.District), Actors.CityBureau() })
        {
            var view = ChallengeVisibility.ToView(story.Details, reader, 0, NoNames, Given.Now);
            view.DetailsUnlocked.ShouldBeTrue();
            view.ConfidentialDetails.ShouldBe("Plant runs at 4.1 kWh per cubic metre.");
        }
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public void Others_read_no_confidential_details_until_their_organisation_accepts_the_nda(string who)
    {
        var view = ChallengeVisibility.ToView(Given.AChallengeIn(ChallengeStatus.Published).Details, Outsider(who), 0, NoNames, Given.Now);

        view.DetailsUnlocked.ShouldBeFalse();
        view.ConfidentialDetails.ShouldBeNull();
        view.Terms.ConfidentialDetails.ShouldBeEmpty();
        view.Terms.NdaTerms.ShouldBe("Keep the plant figures confidential.");
    }

    [Fact]
    public void The_nda_unlocks_the_details_for_every_user_of_the_organisation_that_accepted_it()
    {
        var story = Given.AChallengeIn(ChallengeStatus.Published);
        var university = Given.Organisation(OrganisationKind.University);
        story.Then(AcceptNda.Decide(story.State, new AcceptNda(Actors.University(university.Id), Given.Now), university).ShouldEmitSingle<NdaAccepted>());

        var colleague = ChallengeVisibility.ToView(story.Details, Actors.University(university.Id), 0, NoNames, Given.Now);
        var stranger = ChallengeVisibility.ToView(story.Details, Actors.University(Guid.CreateVersion7()), 0, NoNames, Given.Now);

        colleague.ConfidentialDetails.ShouldBe("Plant runs at 4.1 kWh per cubic metre.");
        colleague.Terms.ConfidentialDetails.ShouldBeEmpty();
        stranger.ConfidentialDetails.ShouldBeNull();
    }

    [Fact]
    public void The_stream_version_is_shown_to_those_who_write_the_challenge_only()
    {
        var story = Given.AChallengeIn(ChallengeStatus.Published);

        foreach (var writer in new[] { Funder(story), Actors.Bureau(Given.District), Actors.CityBureau() })
        {
            ChallengeVisibility.ToView(story.Details, writer, 0, NoNames, Given.Now).Version.ShouldBe(story.Details.Version);
        }

        foreach (var who in new[] { "university", "enterprise", "expert", "other-district-bureau" })
        {
            ChallengeVisibility.ToView(story.Details, Outsider(who), 0, NoNames, Given.Now).Version.ShouldBeNull();
        }
    }

    [Fact]
    public void Published_commitments_show_label_and_hash_and_nothing_that_points_at_a_bid()
    {
        var story = Given.AChallenge().WithBids(2).Closed();

        var view = ChallengeVisibility.ToView(story.Details, Actors.Bureau(Given.District), 0, NoNames, Given.Now);

        view.Commitments.ShouldBe([new CommitmentView("A", story.Bid("A").Commitment), new CommitmentView("B", story.Bid("B").Commitment)]);
        typeof(CommitmentView).GetProperties().Select(p => p.Name).ShouldBe(["Label", "Commitment"]);
    }

    [Fact]
    public void The_countdown_is_in_whole_seconds_until_the_deadline()
    {
        var challenge = Given.AChallengeIn(ChallengeStatus.Published).Details;

        ChallengeVisibility.SecondsLeft(challenge, challenge.Terms.ClosesAt.AddSeconds(-90.5)).ShouldBe(90);
        ChallengeVisibility.ToCard(challenge, 3, challenge.Terms.ClosesAt.AddMinutes(-2)).ShouldSatisfyAllConditions(
            card => card.SecondsLeft.ShouldBe(120),
            card => card.BidCount.ShouldBe(3),
            card => card.Bounty.ShouldBe(1_000_000m));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(86_400)]
    public void The_countdown_never_goes_below_zero(int secondsLate)
    {
        var challenge = Given.AChallengeIn(ChallengeStatus.Published).Details;

        ChallengeVisibility.SecondsLeft(challenge, challenge.Terms.ClosesAt.AddSeconds(secondsLate)).ShouldBe(0);
    }

    [Theory]
    [InlineData(ChallengeStatus.Draft)]
    [InlineData(ChallengeStatus.Cancelled)]
    [InlineData(ChallengeStatus.BiddingClosed)]
    public void There_is_no_countdown_unless_the_challenge_is_open_for_bids(ChallengeStatus status)
    {
        var challenge = Given.AChallengeIn(status).Details;

        ChallengeVisibility.SecondsLeft(challenge, challenge.Terms.ClosesAt.AddDays(-1)).ShouldBe(0);
    }
}
