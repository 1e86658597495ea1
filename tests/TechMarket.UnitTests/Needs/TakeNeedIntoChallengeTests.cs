using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

public class TakeNeedIntoChallengeTests
{
    private readonly Guid _enterprise = Guid.CreateVersion7();
    private readonly Guid _challenge = Guid.CreateVersion7();

    [Fact]
    public void An_accepted_need_records_the_challenge_built_on_it_and_stays_accepted()
    {
        var need = Given.Need(NeedStatus.Accepted, _enterprise);
        var officer = Actors.Bureau(Given.District);

        var taken = TakeNeedIntoChallenge.Decide(need, new TakeNeedIntoChallenge(_challenge, "正极材料揭榜", officer, Given.Now)).ShouldEmitSingle<NeedTakenIntoChallenge>();

        taken.ShouldBe(new NeedTakenIntoChallenge(need.Id, _challenge, "正极材料揭榜", officer.UserId, Given.Now));
        var after = Need.Evolve(need, taken)!;
        after.Status.ShouldBe(NeedStatus.Accepted);
        after.Challenges.ShouldBe([_challenge]);
    }

    [Fact]
    public void Taking_it_into_the_same_challenge_again_records_nothing_new()
    {
        var officer = Actors.CityBureau();
        var history = Given.NeedHistory(NeedStatus.Accepted, _enterprise);
        var need = Given.Need([.. history, new NeedTakenIntoChallenge(history[0].NeedId, _challenge, "揭榜", officer.UserId, Given.Now)]);

        TakeNeedIntoChallenge.Decide(need, new TakeNeedIntoChallenge(_challenge, "揭榜", officer, Given.Now)).Events.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(NeedStatus.Draft)]
    [InlineData(NeedStatus.Submitted)]
    [InlineData(NeedStatus.Rejected)]
    [InlineData(NeedStatus.Withdrawn)]
    public void Only_an_accepted_need_is_taken_into_a_challenge(NeedStatus status)
    {
        var need = Given.Need(status, _enterprise);

        TakeNeedIntoChallenge.Decide(need, new TakeNeedIntoChallenge(_challenge, "揭榜", Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void An_officer_of_another_district_cannot_take_it()
    {
        var need = Given.Need(NeedStatus.Accepted, _enterprise);

        TakeNeedIntoChallenge.Decide(need, new TakeNeedIntoChallenge(_challenge, "揭榜", Actors.Bureau("330203"), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }
}
