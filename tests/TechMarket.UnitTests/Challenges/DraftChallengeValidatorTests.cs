using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges;

public class DraftChallengeValidatorTests
{
    private static readonly DraftChallengeValidator Validator = new(Catalog.Real);

    private static DraftChallengeRequest Valid => Given.DraftRequest();

    private static DraftChallengeRequest HorseRace(int winners = 3, IReadOnlyList<FundingStage>? stages = null) =>
        Valid with { Mode = ChallengeMode.HorseRace, WinnerCount = winners, Stages = stages ?? Given.TwoStages };

    private static NeedFunding[] Needs(int count) => [.. Enumerable.Range(0, count).Select(_ => new NeedFunding(Guid.CreateVersion7(), 1m))];

    [Fact]
    public void A_well_formed_single_winner_request_is_valid() => Validator.ShouldBe(Valid, property: null, valid: true);

    [Fact]
    public void A_well_formed_horse_race_is_valid() => Validator.ShouldBe(HorseRace(), property: null, valid: true);

    [Theory]
    [InlineData(new[] { 40, 30, 20, 10 }, true)]
    [InlineData(new[] { 100 }, true)]
    [InlineData(new[] { 40, 30, 20, 9 }, false)]
    [InlineData(new[] { 60, 50 }, false)]
    public void The_criteria_weights_sum_to_100(int[] weights, bool valid) =>
        Validator.ShouldBe(Valid with { Criteria = [.. weights.Select((w, i) => new Criterion($"c{i}", $"Criterion {i}", w))] },
            nameof(DraftChallengeRequest.Criteria), valid, "The criteria's weights must sum to 100.");

    [Fact]
    public void Criterion_keys_are_unique() =>
        Validator.ShouldBe(Valid with { Criteria = [new("technical", "Technical", 50), new("technical", "Technique", 50)] },
            nameof(DraftChallengeRequest.Criteria), valid: false, "Criterion keys must be unique.");

    [Theory]
    [InlineData("Technical")]
    [InlineData("tech nical")]
    [InlineData("1technical")]
    public void A_criterion_key_is_lower_case_letters_digits_and_dashes(string key) =>
        Validator.ShouldBe(Valid with { Criteria = [new(key, "Technical", 100)] }, "Criteria[0].Key", valid: false);

    [Fact]
    public void A_criterion_weighs_at_least_1() =>
        Validator.Validate(Valid with { Criteria = [new("technical", "Technical", 100), new("team", "Team", 0)] })
            .Errors.ShouldContain(e => e.PropertyName == "Criteria[1].Weight");

    [Fact]
    public void A_negative_subsidy_is_refused() =>
        Validator.ShouldBe(Valid with { GovernmentSubsidy = -0.01m }, nameof(DraftChallengeRequest.GovernmentSubsidy), valid: false,
            "An amount in CNY (yuan) from 0 to 100 billion, with at most two decimals.");

    [Theory]
    [InlineData("-1")]
    [InlineData("0.001")]
    public void An_enterprise_s_share_is_money(string amount) =>
        Validator.ShouldBe(Valid with { Needs = [new(Guid.CreateVersion7(), decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))] },
            "Needs[0].Amount", valid: false);

    [Fact]
    public void Every_funding_enterprise_pays_more_than_zero_even_when_the_subsidy_would_pay() =>
        Validator.ShouldBe(Valid with { Needs = [new(Guid.CreateVersion7(), 0m)], GovernmentSubsidy = 1m }, "Needs[0].Amount", valid: false,
            "Every funding enterprise's share must be more than zero.");

    [Theory]
    [InlineData("0", true)]
    [InlineData("75.5", true)]
    [InlineData("100", true)]
    [InlineData("-0.01", false)]
    [InlineData("100.01", false)]
    [InlineData("60.001", false)]
    public void The_pass_mark_is_a_weighted_score_from_0_to_100(string passMark, bool valid) =>
        Validator.ShouldBe(Valid with { PassMark = decimal.Parse(passMark, System.Globalization.CultureInfo.InvariantCulture) },
            nameof(DraftChallengeRequest.PassMark), valid);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Bidding_closes_after_it_opens(int secondsAfterOpening, bool valid) =>
        Validator.ShouldBe(Valid with { ClosesAt = Valid.OpensAt.AddSeconds(secondsAfterOpening) }, nameof(DraftChallengeRequest.ClosesAt), valid,
            "Bidding must close after it opens.");

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_single_winner_challenge_has_one_winner(int winners) =>
        Validator.ShouldBe(Valid with { WinnerCount = winners }, nameof(DraftChallengeRequest.WinnerCount), valid: false,
            "A single-winner challenge has one winner.");

    [Fact]
    public void A_single_winner_challenge_has_no_stages() =>
        Validator.ShouldBe(Valid with { Stages = Given.TwoStages }, nameof(DraftChallengeRequest.Stages), valid: false,
            "Funding stages apply to horse races only.");

    [Fact]
    public void A_single_winner_challenge_may_send_an_empty_stage_list() =>
        Validator.ShouldBe(Valid with { Stages = [] }, property: null, valid: true);

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void A_horse_race_funds_2_to_10_teams(int winners, bool valid) =>
        Validator.ShouldBe(HorseRace(winners), nameof(DraftChallengeRequest.WinnerCount), valid, "A horse race funds 2 to 10 teams in parallel.");

    [Theory]
    [InlineData(new[] { 30, 60 })]
    [InlineData(new[] { 50, 60 })]
    [InlineData(new[] { 100, 0 })]
    [InlineData(new[] { 20, 20, 20, 20, 10, 10 })]
    public void A_horse_race_s_stages_are_1_to_5_positive_shares_summing_to_100(int[] shares) =>
        Validator.ShouldBe(HorseRace(stages: [.. shares.Select((s, i) => new FundingStage($"Stage {i + 1}", s))]), nameof(DraftChallengeRequest.Stages), valid: false,
            "A horse race has 1 to 5 funding stages whose shares are positive and sum to 100.");

    [Fact]
    public void A_horse_race_needs_stages() =>
        Validator.ShouldBe(HorseRace() with { Stages = null }, nameof(DraftChallengeRequest.Stages), valid: false);

    [Fact]
    public void A_stage_has_a_name_of_2_to_50_characters() =>
        Validator.ShouldBe(HorseRace(stages: [new(" P ", 100)]), "Stages[0].Name", valid: false);

    [Theory]
    [InlineData("99")]
    [InlineData("")]
    public void The_field_is_a_known_code(string field) =>
        Validator.ShouldBe(Valid with { Field = field }, nameof(DraftChallengeRequest.Field), valid: false, "Unknown technical field code.");

    [Theory]
    [InlineData(Given.OtherDistrict, true)]
    [InlineData("999999", false)]
    [InlineData("city", false)]
    public void Eligible_districts_are_known_codes(string district, bool valid) =>
        Validator.ShouldBe(Valid with { Eligibility = new Eligibility([OrganisationKind.University], [Given.District, district]) },
            "Eligibility.Districts[1]", valid, "Unknown district code.");

    [Fact]
    public void At_least_one_kind_of_organisation_may_bid() =>
        Validator.ShouldBe(Valid with { Eligibility = new Eligibility([], []) }, "Eligibility.Kinds", valid: false,
            "Name at least one kind of organisation that may bid.");

    [Fact]
    public void Only_known_kinds_may_be_eligible() =>
        Validator.ShouldBe(Valid with { Eligibility = new Eligibility([(OrganisationKind)99], []) }, "Eligibility.Kinds[0]", valid: false);

    [Theory]
    [InlineData(0, false, "A challenge is built from at least one accepted need.")]
    [InlineData(10, true, null)]
    [InlineData(11, false, "At most 10 needs.")]
    public void A_challenge_is_built_from_1_to_10_needs(int count, bool valid, string? message) =>
        Validator.ShouldBe(Valid with { Needs = Needs(count) }, nameof(DraftChallengeRequest.Needs), valid, message);

    [Fact]
    public void A_need_is_listed_once()
    {
        var need = Guid.CreateVersion7();

        Validator.ShouldBe(Valid with { Needs = [new(need, 1m), new(need, 2m)] }, nameof(DraftChallengeRequest.Needs), valid: false, "A need is listed twice.");
    }

    [Theory]
    [InlineData("short", false)]
    [InlineData("   ten chars ok   ", true)]
    [InlineData("   nine char   ", false)]
    public void The_nda_terms_have_10_to_5000_characters_not_counting_surrounding_spaces(string terms, bool valid) =>
        Validator.ShouldBe(Valid with { NdaTerms = terms }, nameof(DraftChallengeRequest.NdaTerms), valid);

    [Fact]
    public void The_nda_terms_have_at_most_5000_characters() =>
        Validator.ShouldBe(Valid with { NdaTerms = new string('密', 5001) }, nameof(DraftChallengeRequest.NdaTerms), valid: false);

    [Theory]
    [InlineData(nameof(DraftChallengeRequest.Title), 3)]
    [InlineData(nameof(DraftChallengeRequest.Title), 101)]
    [InlineData(nameof(DraftChallengeRequest.PublicSummary), 9)]
    [InlineData(nameof(DraftChallengeRequest.Requirements), 9)]
    [InlineData(nameof(DraftChallengeRequest.ConfidentialDetails), 10_001)]
    public void Texts_have_their_lengths(string property, int length)
    {
        var text = new string('榜', length);
        var request = property switch
        {
            nameof(DraftChallengeRequest.Title) => Valid with { Title = text },
            nameof(DraftChallengeRequest.PublicSummary) => Valid with { PublicSummary = text },
            nameof(DraftChallengeRequest.Requirements) => Valid with { Requirements = text },
            _ => Valid with { ConfidentialDetails = text },
        };

        Validator.ShouldBe(request, property, valid: false);
    }

    /// <summary>Valid, or refused on exactly this field (and no other), with the message the user reads.</summary>
    [Fact]
    public void Weights_whose_sum_overflows_are_refused_not_thrown() =>
        Validator.Validate(Valid with { Criteria = [new("a", "Alpha", int.MaxValue), new("b", "Beta", int.MaxValue), new("c", "Gamma", 2)] })
            .Errors.ShouldContain(e => e.ErrorMessage == "The criteria's weights must sum to 100.");

    [Fact]
    public void Shares_whose_sum_overflows_are_refused_not_thrown() =>
        Validator.Validate(HorseRace(stages: [new FundingStage("One", int.MaxValue), new FundingStage("Two", int.MaxValue), new FundingStage("Three", 2)]))
            .Errors.ShouldContain(e => e.PropertyName == nameof(DraftChallengeRequest.Stages));

    [Fact]
    public void Amounts_whose_sum_overflows_are_refused_not_thrown() =>
        Validator.Validate(Valid with
            {
                Needs = [new(Guid.CreateVersion7(), decimal.MaxValue), new(Guid.CreateVersion7(), decimal.MaxValue)],
                GovernmentSubsidy = decimal.MaxValue,
            })
            .Errors.Select(e => e.PropertyName).ShouldBe(["Needs[0].Amount", "Needs[1].Amount", nameof(DraftChallengeRequest.GovernmentSubsidy)], ignoreOrder: true);

}
