namespace TechMarket.Server.Modules.Matching;

/// <summary>A match as one side sees it: its own answer, and only a follow-up of the other side.</summary>
public static class MatchViewing
{
    public static MatchView ToView(MatchDetails m, MatchSide side) => new(
        m.Id, side, m.SubjectKind, m.SubjectId, m.SubjectTitle, m.SubjectOrganisationName, m.SubjectDistrict, m.CounterpartKind, m.CounterpartId,
        m.CounterpartName, m.ItemId, m.ItemTitle, m.Score, m.Reasons,
        side == MatchSide.Subject ? m.SubjectAnswer : m.CounterpartAnswer,
        (side == MatchSide.Subject ? m.CounterpartAnswer : m.SubjectAnswer) == MatchAnswer.FollowUp,
        m.FoundAt);
}
