using System.Globalization;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges;

public class DraftChallengeTests
{
    private readonly Guid _challengeId = Guid.CreateVersion7();
    private readonly Actor _officer = Actors.Bureau(Given.District);

    public static TheoryData<NeedStatus> NotAccepted => new(NeedStatus.Draft, NeedStatus.Submitted, NeedStatus.Rejected, NeedStatus.Withdrawn);

    private static NeedDetails Need(NeedStatus status = NeedStatus.Accepted, string district = Given.District, Guid? enterprise = null) =>
        Given.Details(Given.NeedHistory(status, enterprise ?? Guid.CreateVersion7(), district));

    private static Dictionary<Guid, NeedDetails> Known(params NeedDetails[] needs) => needs.ToDictionary(n => n.Id);

    private Decision Draft(
        DraftChallengeRequest request, Dictionary<Guid, NeedDetails> needs, Actor? officer = null, DateTimeOffset? now = null, FundingLimits? limits = null) =>
        DraftChallenge.Decide(new DraftChallenge(_challengeId, request, limits ?? FundingLimits.Default, officer ?? _officer, now ?? Given.Now), needs);

    [Fact]
    public void An_officer_drafts_a_challenge_from_an_accepted_need_of_the_district()
    {
        var need = Need();
        var request = Given.DraftRequest(new NeedFunding(need.Id, 800_000m));

        var drafted = Draft(request, Known(need)).ShouldEmitSingle<ChallengeDrafted>();

        drafted.ShouldBe(new ChallengeDrafted(_challengeId, Given.District, drafted.Terms, drafted.Funding, _officer.UserId, Given.Now));
        drafted.Funding.ShouldBe([new FundingShare(need.Id, need.OrganisationId, "宁波海水科技有限公司", 800_000m)]);
        var expected = Given.Terms() with { OpensAt = request.OpensAt, ClosesAt = request.ClosesAt };
        drafted.Terms.Criteria.ShouldBe(Given.Criteria);
        drafted.Terms.Eligibility.Kinds.ShouldBe([OrganisationKind.University]);
        drafted.Terms.Eligibility.Districts.ShouldBeEmpty();
        drafted.Terms.Stages.ShouldBeEmpty();
        (drafted.Terms with { Criteria = expected.Criteria, Eligibility = expected.Eligibility, Stages = expected.Stages }).ShouldBe(expected);
        Given.Challenge([drafted]).Bounty.ShouldBe(1_000_000m);
    }

    [Fact]
    public void Each_need_becomes_a_funding_share_of_its_enterprise_in_the_order_given()
    {
        var enterprise = Guid.CreateVersion7();
        var first = Need(enterprise: enterprise);
        var second = Need();
        var third = Need(enterprise: enterprise);
        var request = Given.DraftRequest(new(third.Id, 500_000m), new(second.Id, 650_000.50m), new(first.Id, 1_200_000.50m));

        var drafted = Draft(request, Known(first, second, third)).ShouldEmitSingle<ChallengeDrafted>();

        drafted.Funding.Select(f => (f.NeedId, f.EnterpriseId, f.Amount)).ShouldBe(
            [(third.Id, enterprise, 500_000m), (second.Id, second.OrganisationId, 650_000.50m), (first.Id, enterprise, 1_200_000.50m)]);
        Given.Challenge([drafted]).Enterprises.ShouldBe([enterprise, second.OrganisationId], ignoreOrder: true);
    }

    [Fact]
    public void A_city_wide_officer_drafts_from_needs_of_any_district_for_the_city()
    {
        var zhenhai = Need(district: Given.District);
        var haishu = Need(district: Given.OtherDistrict);
        var request = Given.DraftRequest(new(zhenhai.Id, 800_000m), new(haishu.Id, 900_000m));

        var drafted = Draft(request, Known(zhenhai, haishu), Actors.CityBureau()).ShouldEmitSingle<ChallengeDrafted>();

        drafted.District.ShouldBe(Jurisdictions.City);
        drafted.Funding.Count.ShouldBe(2);
    }

    [Fact]
    public void A_city_wide_officer_s_draft_on_one_district_s_needs_belongs_to_that_district()
    {
        var haishu = Need(district: Given.OtherDistrict);

        var drafted = Draft(Given.DraftRequest(new NeedFunding(haishu.Id, 800_000m)), Known(haishu), Actors.CityBureau()).ShouldEmitSingle<ChallengeDrafted>();

        drafted.District.ShouldBe(Given.OtherDistrict);
        Actors.Bureau(Given.OtherDistrict).Covers(drafted.District).ShouldBeTrue();
    }

    [Fact]
    public void The_challenge_belongs_to_the_officer_s_jurisdiction()
    {
        var need = Need(district: Given.OtherDistrict);

        Draft(Given.DraftRequest(new NeedFunding(need.Id, 800_000m)), Known(need), Actors.Bureau(Given.OtherDistrict))
            .ShouldEmitSingle<ChallengeDrafted>().District.ShouldBe(Given.OtherDistrict);
    }

    [Fact]
    public void Text_is_trimmed_and_repeated_eligibility_collapses()
    {
        var need = Need();
        var request = Given.DraftRequest(new NeedFunding(need.Id, 800_000m)) with
        {
            Title = "  Membrane  ",
            PublicSummary = "\tHalve the energy.\n",
            ConfidentialDetails = "  4.1 kWh ",
            Requirements = " 1000 hours ",
            Criteria = [new("technical", "  Technical approach ", 60), new("team", "Team\n", 40)],
            Eligibility = new Eligibility(
                [OrganisationKind.University, OrganisationKind.Institute, OrganisationKind.University], [Given.District, Given.District]),
            NdaTerms = "  Keep the figures confidential.  ",
        };

        var terms = Draft(request, Known(need)).ShouldEmitSingle<ChallengeDrafted>().Terms;

        (terms.Title, terms.PublicSummary, terms.ConfidentialDetails, terms.Requirements, terms.NdaTerms)
            .ShouldBe(("Membrane", "Halve the energy.", "4.1 kWh", "1000 hours", "Keep the figures confidential."));
        terms.Criteria.ShouldBe([new("technical", "Technical approach", 60), new("team", "Team", 40)]);
        terms.Eligibility.Kinds.ShouldBe([OrganisationKind.University, OrganisationKind.Institute]);
        terms.Eligibility.Districts.ShouldBe([Given.District]);
    }

    [Fact]
    public void Missing_districts_and_stages_mean_none()
    {
        var need = Need();
        var request = Given.DraftRequest(new NeedFunding(need.Id, 800_000m)) with
        {
            Eligibility = new Eligibility([OrganisationKind.University], null!),
            Stages = null,
        };

        var terms = Draft(request, Known(need)).ShouldEmitSingle<ChallengeDrafted>().Terms;

        terms.Eligibility.Districts.ShouldBeEmpty();
        terms.Stages.ShouldBeEmpty();
    }

    [Fact]
    public void Stage_names_are_trimmed_like_every_other_name()
    {
        var need = Need();
        var request = Given.DraftRequest(new NeedFunding(need.Id, 800_000m)) with
        {
            Mode = ChallengeMode.HorseRace, WinnerCount = 2, Stages = [new("  Prototype ", 30), new("Pilot line\n", 70)],
        };

        Draft(request, Known(need)).ShouldEmitSingle<ChallengeDrafted>().Terms.Stages.ShouldBe(Given.TwoStages);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void The_deadline_must_be_in_the_future(int secondsFromNow)
    {
        var need = Need();
        var request = Given.DraftRequest(new NeedFunding(need.Id, 800_000m)) with { ClosesAt = Given.Now.AddSeconds(secondsFromNow) };

        Draft(request, Known(need)).ShouldBeInvalid("closesAt").ShouldBe("The bidding deadline must be in the future.");
    }

    [Fact]
    public void A_deadline_one_tick_ahead_is_in_the_future()
    {
        var need = Need();
        var request = Given.DraftRequest(new NeedFunding(need.Id, 800_000m)) with { ClosesAt = Given.Now.AddTicks(1) };

        Draft(request, Known(need)).ShouldEmitSingle<ChallengeDrafted>();
    }

    [Fact]
    public void An_unknown_need_is_named_by_its_position()
    {
        var need = Need();
        var request = Given.DraftRequest(new(need.Id, 800_000m), new(Guid.CreateVersion7(), 800_000m));

        Draft(request, Known(need)).ShouldBeInvalid("needs[1].needId").ShouldBe("There is no such need.");
    }

    [Fact]
    public void A_need_of_another_district_is_outside_the_officer_s_jurisdiction()
    {
        var need = Need(district: Given.OtherDistrict);

        Draft(Given.DraftRequest(new NeedFunding(need.Id, 800_000m)), Known(need))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction").Detail
            .ShouldBe("Need 1 (needs[0]) belongs to a district outside your jurisdiction.");
    }

    [Theory]
    [MemberData(nameof(NotAccepted))]
    public void Only_accepted_needs_make_a_challenge(NeedStatus status)
    {
        var need = Need(status);

        Draft(Given.DraftRequest(new NeedFunding(need.Id, 800_000m)), Known(need))
            .ShouldBeRefused(ErrorKind.Conflict, "need-not-accepted").Detail.ShouldContain("is not an accepted need");
    }

    [Theory]
    [InlineData("499999.99", false)]
    [InlineData("500000", true)]
    [InlineData("1200000.50", true)]
    [InlineData("1200000.51", false)]
    public void An_enterprise_s_share_stays_within_its_need_s_budget_range(string amount, bool accepted)
    {
        // The need's budget range is 500 000 to 1 200 000.50 (Given.Content).
        var need = Need();
        var decision = Draft(Given.DraftRequest(new NeedFunding(need.Id, decimal.Parse(amount, CultureInfo.InvariantCulture))), Known(need));

        if (accepted)
        {
            decision.ShouldEmitSingle<ChallengeDrafted>();
        }
        else
        {
            decision.ShouldBeInvalid("needs[0].amount").ShouldBe("Need 1's share must be within its budget range of 500,000.00 to 1,200,000.50 yuan.");
        }
    }

    [Fact]
    public void The_subsidy_is_at_most_the_enterprises_funding_by_default()
    {
        var need = Need();
        var request = Given.DraftRequest(new NeedFunding(need.Id, 600_000m));

        Draft(request with { GovernmentSubsidy = 600_000m }, Known(need)).ShouldEmitSingle<ChallengeDrafted>();
        Draft(request with { GovernmentSubsidy = 600_000.01m }, Known(need)).ShouldBeInvalid("governmentSubsidy")
            .ShouldStartWith("The government subsidy may be at most 600,000.00 yuan");
    }

    [Fact]
    public void The_subsidy_follows_the_configured_ratio_and_never_exceeds_the_cap()
    {
        var need = Need();
        var request = Given.DraftRequest(new NeedFunding(need.Id, 1_000_000m));
        var halfUpTo400k = new FundingLimits(SubsidyRatio: 0.5m, SubsidyCap: 400_000m);
        var doubleUpTo1m = new FundingLimits(SubsidyRatio: 2m, SubsidyCap: 1_000_000m);

        Draft(request with { GovernmentSubsidy = 400_000m }, Known(need), limits: halfUpTo400k).ShouldEmitSingle<ChallengeDrafted>();
        Draft(request with { GovernmentSubsidy = 400_000.01m }, Known(need), limits: halfUpTo400k).ShouldBeInvalid("governmentSubsidy");
        Draft(request with { GovernmentSubsidy = 1_000_000m }, Known(need), limits: doubleUpTo1m).ShouldEmitSingle<ChallengeDrafted>();
        Draft(request with { GovernmentSubsidy = 1_000_000.01m }, Known(need), limits: doubleUpTo1m).ShouldBeInvalid("governmentSubsidy");
    }

    [Fact]
    public void The_pass_mark_is_part_of_the_published_terms()
    {
        var need = Need();

        Draft(Given.DraftRequest(new NeedFunding(need.Id, 800_000m)) with { PassMark = 72.5m }, Known(need))
            .ShouldEmitSingle<ChallengeDrafted>().Terms.PassMark.ShouldBe(72.5m);
        Draft(Given.DraftRequest(new NeedFunding(need.Id, 800_000m)), Known(need)).ShouldEmitSingle<ChallengeDrafted>().Terms.PassMark.ShouldBe(0m);
    }
}
