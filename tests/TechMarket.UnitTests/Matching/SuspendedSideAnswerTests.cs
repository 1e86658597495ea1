using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Matching;

/// <summary>A suspended organisation neither follows up nor dismisses a match; approved, the same answer is recorded.</summary>
public class SuspendedSideAnswerTests
{
    [Fact]
    public void A_suspended_side_answers_no_match()
    {
        var university = Given.Organisation(OrganisationKind.University);
        var match = Match.Evolve(null, new MatchFound(
            Guid.CreateVersion7(), MatchSubjectKind.Need, Guid.CreateVersion7(), "高镍正极", Guid.CreateVersion7(), "甬江新材料", "330211",
            MatchCounterpartKind.University, university.Id, university.Name, university.District, null, null, 0.6m, [], 42, Given.Now))!;
        var actor = Actors.University(university.Id);

        AnswerMatch.Decide(match, new AnswerMatch(match.Id, MatchAnswer.FollowUp, actor, Given.Now, university with { Status = OrganisationStatus.Suspended }))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        AnswerMatch.Decide(match, new AnswerMatch(match.Id, MatchAnswer.FollowUp, actor, Given.Now, university)).ShouldEmitSingle<MatchAnswered>();
    }
}
