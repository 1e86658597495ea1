namespace TechMarket.Server.Modules.Matching;

/// <summary>The read model's one fold, which Marten runs inline with the match's events.</summary>
public static class MatchDetailsProjection
{
    public static MatchDetails? Evolve(MatchDetails? details, MatchEvent e)
    {
        switch (details, e)
        {
            case (null, MatchFound found):
                return new MatchDetails
                {
                    Id = found.MatchId,
                    SubjectKind = found.SubjectKind,
                    SubjectId = found.SubjectId,
                    SubjectTitle = found.SubjectTitle,
                    SubjectOrganisationId = found.SubjectOrganisationId,
                    SubjectOrganisationName = found.SubjectOrganisationName,
                    SubjectDistrict = found.SubjectDistrict,
                    CounterpartKind = found.CounterpartKind,
                    CounterpartId = found.CounterpartId,
                    CounterpartName = found.CounterpartName,
                    CounterpartDistrict = found.CounterpartDistrict,
                    ItemId = found.ItemId,
                    ItemTitle = found.ItemTitle,
                    Score = found.Score,
                    Reasons = [.. found.Reasons],
                    FoundAt = found.At,
                    FoundFor = found.FoundFor,
                };
            case ({ } match, MatchRescored rescored):
                (match.ItemId, match.ItemTitle, match.Score, match.Reasons) = (rescored.ItemId, rescored.ItemTitle, rescored.Score, [.. rescored.Reasons]);
                return match;
            case ({ } match, MatchAnswered { Side: MatchSide.Subject } answered):
                match.SubjectAnswer = answered.Answer;
                return match;
            case ({ } match, MatchAnswered answered):
                match.CounterpartAnswer = answered.Answer;
                return match;
            default:
                return details;
        }
    }

    /// <summary>The decision's view of a match, from its read model (lists say which side the caller is on).</summary>
    public static Match ToState(this MatchDetails m) =>
        new(m.Id, m.SubjectKind, m.SubjectOrganisationId, m.SubjectDistrict, m.CounterpartKind, m.CounterpartId, m.SubjectAnswer, m.CounterpartAnswer);
}
