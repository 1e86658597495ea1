using TechMarket.Server.Modules.Matching;

namespace TechMarket.UnitTests.Matching;

/// <summary>The score of an offer for a want and the reasons a user reads beside it.</summary>
public class MatchScoringTests
{
    private static readonly Func<string, double> EveryWordCounts = _ => 1.0;

    private static Want Need(params string[] terms) => new(terms, ["0401"], BudgetMax: 1_000_000m, DesiredTrl: 6, District: "330211");

    private static Offer Achievement(params string[] terms) =>
        new(OfferKind.Achievement, terms, ["0401"], Trl: 7, Price: 800_000m, UseFirstPayLater: false, District: "330205");

    [Fact]
    public void Text_relevance_is_the_share_of_the_wanted_words_the_offer_uses_weighted_by_how_telling_each_is()
    {
        Func<string, double> idf = t => t == "正极" ? 3.0 : 1.0;

        var (relevance, shared) = MatchScoring.TextRelevance(["正极", "材料", "寿命"], ["正极", "材料", "包覆"], idf);

        relevance.ShouldBe(4.0 / 5.0, 1e-9);
        shared.ShouldBe(["正极", "材料"]); // most telling first
    }

    [Fact]
    public void Single_characters_and_numbers_are_counted_but_not_shown_as_reasons()
    {
        var (relevance, shared) = MatchScoring.TextRelevance(["镍", "811", "正极"], ["镍", "811", "正极"], EveryWordCounts);

        relevance.ShouldBe(1.0, 1e-9);
        shared.ShouldBe(["正极"]);
    }

    [Fact]
    public void The_same_sub_field_counts_fully_and_the_same_top_level_field_half()
    {
        var want = Need("正极");
        var same = MatchScoring.Score(want, Achievement("正极"), EveryWordCounts);
        var sibling = MatchScoring.Score(want, Achievement("正极") with { Fields = ["0403"] }, EveryWordCounts);
        var elsewhere = MatchScoring.Score(want, Achievement("正极") with { Fields = ["0805"] }, EveryWordCounts);

        same.Reasons.ShouldContain(new MatchReason(MatchReasonKind.SameSubField, ["0401"]));
        sibling.Reasons.ShouldContain(r => r.Kind == MatchReasonKind.SameField && r.Values.Single() == "04");
        elsewhere.Reasons.ShouldNotContain(r => r.Kind == MatchReasonKind.SameField || r.Kind == MatchReasonKind.SameSubField);
        (same.Score - sibling.Score).ShouldBe(MatchWeights.Default.Field * 0.5, 1e-3);
        (sibling.Score - elsewhere.Score).ShouldBe(MatchWeights.Default.Field * 0.5, 1e-3);
    }

    [Theory]
    [InlineData(7, MatchReasonKind.TrlMeets, 1.0)]
    [InlineData(6, MatchReasonKind.TrlMeets, 1.0)]
    [InlineData(5, MatchReasonKind.TrlBelow, 0.6)]
    [InlineData(4, MatchReasonKind.TrlBelow, 0.3)]
    [InlineData(2, MatchReasonKind.TrlBelow, 0.0)]
    public void Maturity_below_the_wanted_level_costs_more_the_further_it_is(int trl, MatchReasonKind reason, double fit)
    {
        var scored = MatchScoring.Score(Need("正极"), Achievement("正极") with { Trl = trl }, EveryWordCounts);
        var best = MatchScoring.Score(Need("正极"), Achievement("正极") with { Trl = 9 }, EveryWordCounts);

        scored.Reasons.ShouldContain(new MatchReason(reason, [$"{trl}", "6"]), $"reasons: {string.Join(", ", scored.Reasons.Select(r => r.Kind))}");
        (best.Score - scored.Score).ShouldBe(MatchWeights.Default.Trl * (1 - fit), 1e-3);
    }

    [Theory]
    [InlineData(900_000, MatchReasonKind.PriceWithinBudget, 1.0)]
    [InlineData(1_400_000, MatchReasonKind.PriceNearBudget, 0.5)]
    [InlineData(2_000_000, MatchReasonKind.PriceAboveBudget, 0.0)]
    public void An_asking_price_is_judged_against_the_budget_ceiling(int price, MatchReasonKind reason, double fit)
    {
        var scored = MatchScoring.Score(Need("正极"), Achievement("正极") with { Price = price }, EveryWordCounts);
        var free = MatchScoring.Score(Need("正极"), Achievement("正极") with { Price = 0 }, EveryWordCounts);

        scored.Reasons.ShouldContain(new MatchReason(reason, [$"{price}", "1000000"]));
        (free.Score - scored.Score).ShouldBe(MatchWeights.Default.Price * (1 - fit), 1e-3);
    }

    [Fact]
    public void A_negotiable_price_says_so_and_a_profile_has_no_price_or_maturity_to_judge()
    {
        var negotiable = MatchScoring.Score(Need("正极"), Achievement("正极") with { Price = null }, EveryWordCounts);
        var profile = MatchScoring.Score(Need("正极"), new Offer(OfferKind.Profile, ["正极"], ["0401"], null, null, false, "330205"), EveryWordCounts);

        negotiable.Reasons.ShouldContain(new MatchReason(MatchReasonKind.PriceNegotiable, []));
        profile.Reasons.Select(r => r.Kind).ShouldBe([MatchReasonKind.MatchedTerms, MatchReasonKind.SameSubField]);
    }

    [Fact]
    public void The_same_district_and_use_first_pay_later_are_reasons_too()
    {
        var scored = MatchScoring.Score(Need("正极"), Achievement("正极") with { District = "330211", UseFirstPayLater = true }, EveryWordCounts);

        scored.Reasons.ShouldContain(new MatchReason(MatchReasonKind.SameDistrict, ["330211"]));
        scored.Reasons.ShouldContain(new MatchReason(MatchReasonKind.UseFirstPayLater, []));
        scored.Score.ShouldBe(1.0, 1e-3); // every part at its best
    }

    [Fact]
    public void An_offer_that_shares_no_word_and_no_field_scores_only_on_structure()
    {
        var scored = MatchScoring.Score(Need("正极", "材料"), Achievement("焊缝", "跟踪") with { Fields = ["0804"], Trl = 9, Price = 1 }, EveryWordCounts);

        scored.Reasons.ShouldNotContain(r => r.Kind == MatchReasonKind.MatchedTerms);
        scored.Score.ShouldBe(MatchWeights.Default.Trl + MatchWeights.Default.Price, 1e-3);
    }

    [Theory]
    [InlineData(200, 7)]
    [InlineData(500, 5)]
    [InlineData(1000, 4)]
    public void The_nearer_a_need_s_delivery_the_more_mature_an_achievement_it_wants(int days, int trl)
    {
        var today = new DateOnly(2026, 11, 1);

        MatchScoring.DesiredTrl(today.AddDays(days), today).ShouldBe(trl);
    }

    [Fact]
    public void The_weights_sum_to_one_so_a_score_stays_between_zero_and_one()
    {
        var w = MatchWeights.Default;

        (w.Text + w.Field + w.Trl + w.Price + w.District + w.Trial).ShouldBe(1.0, 1e-9);
    }
}
