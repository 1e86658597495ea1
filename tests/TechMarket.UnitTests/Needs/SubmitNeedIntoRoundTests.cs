using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

public class SubmitNeedIntoRoundTests
{
    private readonly Guid _poster = Guid.CreateVersion7();

    private Need Draft() => Given.Need(NeedStatus.Draft, _poster);

    private SubmitNeed Into(Guid? round, OrganisationKind kind = OrganisationKind.Enterprise) => new(Actors.Enterprise(_poster), Given.Now, round, kind, Given.ApprovedOf(Actors.Enterprise(_poster)));

    [Fact]
    public void A_need_submitted_into_an_open_round_records_the_round_and_the_poster_s_kind()
    {
        var round = Given.Round();

        var submitted = SubmitNeed.Decide(Draft(), Into(round.Id, OrganisationKind.Hospital), round).ShouldEmitSingle<NeedSubmitted>();

        submitted.RoundId.ShouldBe(round.Id);
        submitted.PosterKind.ShouldBe(OrganisationKind.Hospital);
        var need = Need.Evolve(Draft(), submitted)!;
        need.RoundId.ShouldBe(round.Id);
        Given.Details([.. Given.NeedHistory(NeedStatus.Draft, _poster), submitted]).PosterKind.ShouldBe(OrganisationKind.Hospital);
    }

    [Fact]
    public void A_city_round_collects_a_district_s_need()
    {
        var round = Given.Round(Server.Infrastructure.Identity.Jurisdictions.City);

        SubmitNeed.Decide(Draft(), Into(round.Id), round).ShouldEmitSingle<NeedSubmitted>().RoundId.ShouldBe(round.Id);
    }

    [Fact]
    public void Another_district_s_round_does_not_collect_the_need()
    {
        var round = Given.Round(Given.OtherDistrict);

        SubmitNeed.Decide(Draft(), Into(round.Id), round).ShouldBeRefused(ErrorKind.Forbidden, "round-other-district");
    }

    [Fact]
    public void A_round_not_yet_open_or_already_closed_refuses_the_need()
    {
        var upcoming = Given.Round(opens: Given.TodayInChina.AddDays(1));
        var past = Given.Round(opens: Given.TodayInChina.AddDays(-30), closes: Given.TodayInChina.AddDays(-1));
        var closedEarly = Given.Round(closedEarly: true);

        SubmitNeed.Decide(Draft(), Into(upcoming.Id), upcoming).ShouldBeRefused(ErrorKind.Conflict, "round-not-open");
        SubmitNeed.Decide(Draft(), Into(past.Id), past).ShouldBeRefused(ErrorKind.Conflict, "round-closed");
        SubmitNeed.Decide(Draft(), Into(closedEarly.Id), closedEarly).ShouldBeRefused(ErrorKind.Conflict, "round-closed");
    }

    [Fact]
    public void A_round_that_does_not_exist_is_not_found() =>
        SubmitNeed.Decide(Draft(), Into(Guid.CreateVersion7()), round: null).ShouldBeRefused(ErrorKind.NotFound, "round-not-found");

    [Fact]
    public void Outside_a_round_the_need_is_accepted_only_where_the_bureau_allows_standing_collection()
    {
        SubmitNeed.Decide(Draft(), Into(null), standingCollection: true).ShouldEmitSingle<NeedSubmitted>().RoundId.ShouldBeNull();
        SubmitNeed.Decide(Draft(), Into(null), standingCollection: false).ShouldBeRefused(ErrorKind.Conflict, "no-standing-collection");
    }

    [Fact]
    public void The_acceptance_and_each_challenge_taken_from_the_need_carry_its_round_for_the_report()
    {
        var round = Given.Round();
        var submitted = SubmitNeed.Decide(Draft(), Into(round.Id, OrganisationKind.Institute), round).ShouldEmitSingle<NeedSubmitted>();
        var need = Need.Evolve(Draft(), submitted)!;
        var officer = Actors.Bureau(Given.District);

        var accepted = AcceptNeed.Decide(need, new AcceptNeed(null, null, officer, Given.Now)).ShouldEmitSingle<NeedAccepted>();
        var taken = TakeNeedIntoChallenge.Decide(Need.Evolve(need, accepted)!, new TakeNeedIntoChallenge(Guid.CreateVersion7(), "膜材料", officer, Given.Now))
            .ShouldEmitSingle<NeedTakenIntoChallenge>();

        (accepted.RoundId, accepted.PosterKind).ShouldBe((round.Id, OrganisationKind.Institute));
        taken.RoundId.ShouldBe(round.Id);
    }
}
