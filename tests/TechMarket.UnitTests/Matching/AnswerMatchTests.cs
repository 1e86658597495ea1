using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Matching;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Matching;

public class AnswerMatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly Guid _enterprise = Guid.CreateVersion7();
    private readonly Guid _university = Guid.CreateVersion7();

    private Match NeedMatch() => Match.Evolve(null, new MatchFound(
        Guid.CreateVersion7(), MatchSubjectKind.Need, Guid.CreateVersion7(), "高镍正极", _enterprise, "甬江新材料", "330211",
        MatchCounterpartKind.University, _university, "甬城大学", "330205", null, null, 0.6m, [], 42, Now))!;

    [Fact]
    public void Each_side_answers_for_itself_and_the_same_answer_twice_changes_nothing()
    {
        var match = NeedMatch();

        var counterpart = AnswerMatch.Decide(match, new AnswerMatch(match.Id, MatchAnswer.FollowUp, Actors.University(_university), Now, Own: Given.ApprovedOf(Actors.University(_university))))
            .ShouldEmitSingle<MatchAnswered>();
        var subject = AnswerMatch.Decide(match, new AnswerMatch(match.Id, MatchAnswer.Dismiss, Actors.Enterprise(_enterprise), Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise))))
            .ShouldEmitSingle<MatchAnswered>();
        var answered = Match.Evolve(match, counterpart)!;

        counterpart.Side.ShouldBe(MatchSide.Counterpart);
        subject.Side.ShouldBe(MatchSide.Subject);
        answered.CounterpartAnswer.ShouldBe(MatchAnswer.FollowUp);
        AnswerMatch.Decide(answered, new AnswerMatch(match.Id, MatchAnswer.FollowUp, Actors.University(_university), Now, Own: Given.ApprovedOf(Actors.University(_university)))).Events.ShouldBeEmpty();
    }

    [Fact]
    public void Anyone_else_is_told_the_match_does_not_exist()
    {
        var match = NeedMatch();

        var outsider = Actors.University(Guid.CreateVersion7());
        AnswerMatch.Decide(match, new AnswerMatch(match.Id, MatchAnswer.Dismiss, outsider, Now, Given.ApprovedOf(outsider)))
            .ShouldBeRefused(ErrorKind.NotFound, "not-found");
        AnswerMatch.Decide(match, new AnswerMatch(match.Id, MatchAnswer.Dismiss, Actors.Bureau("330211"), Now))
            .ShouldBeRefused(ErrorKind.NotFound, "not-found");
    }

    [Fact]
    public void A_broker_s_match_is_the_broker_s_alone_and_a_challenge_s_bureau_answers_the_university_matches()
    {
        var broker = Actors.User(Roles.Broker, null, null);
        var challengeId = Guid.CreateVersion7();
        var forBroker = Match.Evolve(null, new MatchFound(
            Guid.CreateVersion7(), MatchSubjectKind.Challenge, challengeId, "揭榜", null, string.Empty, "330211",
            MatchCounterpartKind.Broker, broker.UserId, "经纪人", string.Empty, null, null, 0.7m, [], 7, Now))!;
        var forUniversity = Match.Evolve(null, new MatchFound(
            Guid.CreateVersion7(), MatchSubjectKind.Challenge, challengeId, "揭榜", null, string.Empty, "330211",
            MatchCounterpartKind.University, _university, "甬城大学", "330205", null, null, 0.6m, [], 7, Now))!;

        MatchSides.SideOf(forBroker, broker).ShouldBe(MatchSide.Counterpart);
        MatchSides.SideOf(forBroker, Actors.Bureau("330211")).ShouldBeNull(); // what a broker follows is its own
        MatchSides.SideOf(forBroker, Actors.User(Roles.Broker, null, null)).ShouldBeNull();
        AnswerMatch.Decide(forBroker, new AnswerMatch(forBroker.Id, MatchAnswer.Dismiss, Actors.CityBureau(), Now))
            .ShouldBeRefused(ErrorKind.NotFound, "not-found");
        MatchSides.SideOf(forUniversity, Actors.Bureau("330211")).ShouldBe(MatchSide.Subject);
        MatchSides.SideOf(forUniversity, Actors.Bureau("330203")).ShouldBeNull();
    }

    [Fact]
    public void An_enterprise_never_sees_the_brokers_told_of_its_need_nor_an_expert_its_employer_s_matches()
    {
        var broker = Actors.User(Roles.Broker, null, null);
        var forBroker = Match.Evolve(null, new MatchFound(
            Guid.CreateVersion7(), MatchSubjectKind.Need, Guid.CreateVersion7(), "高镍正极", _enterprise, "甬江新材料", "330211",
            MatchCounterpartKind.Broker, broker.UserId, "经纪人", string.Empty, null, null, 0.7m,
            [new MatchReason(MatchReasonKind.FollowsField, ["04"])], 9, Now))!;

        MatchSides.SideOf(forBroker, Actors.Enterprise(_enterprise)).ShouldBeNull();
        MatchSides.SideOf(NeedMatch(), Actors.Expert(_university)).ShouldBeNull();
        MatchSides.SideOf(NeedMatch(), Actors.University(_university)).ShouldBe(MatchSide.Counterpart);
    }
}
