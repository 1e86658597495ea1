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

        var counterpart = AnswerMatchOperation.Decide(match, new AnswerMatch(match.Id, MatchAnswer.FollowUp, Actors.University(_university), Now))
            .ShouldEmitSingle<MatchAnswered>();
        var subject = AnswerMatchOperation.Decide(match, new AnswerMatch(match.Id, MatchAnswer.Dismiss, Actors.Enterprise(_enterprise), Now))
            .ShouldEmitSingle<MatchAnswered>();
        var answered = Match.Evolve(match, counterpart)!;

        counterpart.Side.ShouldBe(MatchSide.Counterpart);
        subject.Side.ShouldBe(MatchSide.Subject);
        answered.CounterpartAnswer.ShouldBe(MatchAnswer.FollowUp);
        AnswerMatchOperation.Decide(answered, new AnswerMatch(match.Id, MatchAnswer.FollowUp, Actors.University(_university), Now)).Events.ShouldBeEmpty();
    }

    [Fact]
    public void Anyone_else_is_told_the_match_does_not_exist()
    {
        var match = NeedMatch();

        AnswerMatchOperation.Decide(match, new AnswerMatch(match.Id, MatchAnswer.Dismiss, Actors.University(Guid.CreateVersion7()), Now))
            .ShouldBeRefused(ErrorKind.NotFound, "not-found");
        AnswerMatchOperation.Decide(match, new AnswerMatch(match.Id, MatchAnswer.Dismiss, Actors.Bureau("330211"), Now))
            .ShouldBeRefused(ErrorKind.NotFound, "not-found");
    }

    [Fact]
    public void A_broker_answers_its_own_matches_and_a_challenge_s_bureau_the_subject_side()
    {
        var broker = Actors.User(Roles.Broker, null, null);
        var challenge = Match.Evolve(null, new MatchFound(
            Guid.CreateVersion7(), MatchSubjectKind.Challenge, Guid.CreateVersion7(), "揭榜", null, string.Empty, "330211",
            MatchCounterpartKind.Broker, broker.UserId, "经纪人", string.Empty, null, null, 0.7m, [], 7, Now))!;

        AnswerMatchOperation.SideOf(challenge, broker).ShouldBe(MatchSide.Counterpart);
        AnswerMatchOperation.SideOf(challenge, Actors.Bureau("330211")).ShouldBe(MatchSide.Subject);
        AnswerMatchOperation.SideOf(challenge, Actors.Bureau("330203")).ShouldBeNull();
        AnswerMatchOperation.SideOf(challenge, Actors.User(Roles.Broker, null, null)).ShouldBeNull();
    }
}
