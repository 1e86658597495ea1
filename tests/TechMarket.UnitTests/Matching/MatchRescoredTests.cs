using TechMarket.Server.Modules.Matching;

namespace TechMarket.UnitTests.Matching;

/// <summary>A rescored pair (its achievement repriced) stays the same match: new score, reasons and item, the answers kept.</summary>
public class MatchRescoredTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_rescore_changes_the_score_reasons_and_item_and_keeps_both_sides_answers()
    {
        var (matchId, firstNeed, betterNeed) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        MatchEvent[] events =
        [
            new MatchFound(matchId, MatchSubjectKind.Achievement, Guid.CreateVersion7(), "低温脱硝催化剂", Guid.CreateVersion7(), "甬城大学", "330205",
                MatchCounterpartKind.Enterprise, Guid.CreateVersion7(), "甬江新材料", "330211", firstNeed, "船用脱硝", 0.71m,
                [new MatchReason(MatchReasonKind.PriceWithinBudget, ["1500000", "2000000"])], 40, Now),
            new MatchAnswered(matchId, MatchSide.Counterpart, MatchAnswer.FollowUp, Guid.CreateVersion7(), Now.AddMinutes(1)),
            new MatchRescored(matchId, betterNeed, "船用脱硝二期", 0.68m, [new MatchReason(MatchReasonKind.PriceNearBudget, ["2800000", "2000000"])], 45, Now.AddDays(1)),
        ];

        var details = events.Aggregate((MatchDetails?)null, MatchDetailsProjection.Evolve)!;
        var state = events.Aggregate((Match?)null, Match.Evolve)!;

        (details.Id, details.ItemId, details.ItemTitle, details.Score).ShouldBe((matchId, betterNeed, "船用脱硝二期", 0.68m));
        details.Reasons.ShouldBe([new MatchReason(MatchReasonKind.PriceNearBudget, ["2800000", "2000000"])]);
        (details.CounterpartAnswer, details.FoundFor, details.FoundAt).ShouldBe((MatchAnswer.FollowUp, 40, Now));
        state.CounterpartAnswer.ShouldBe(MatchAnswer.FollowUp);
    }
}
