using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Contracts;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Review;

public class AssignExpertTests
{
    private static readonly IReadOnlyCollection<ContractHistory> NoContracts = [];

    private readonly ChallengeStory _story = Given.AChallenge().WithBids(2);

    private static ExpertProfile Expert(Guid? organisationId = null, params Guid[] declaredConflicts) =>
        new(Guid.CreateVersion7(), "王教授", organisationId, ["0101"], declaredConflicts);

    private Decision Assign(ExpertProfile expert, IReadOnlyCollection<ContractHistory>? history = null, DateTimeOffset? now = null) =>
        Assign(_story, expert, Actors.Bureau(Given.District), history: history, now: now);

    /// <summary>The command the bureau sends, with what the endpoint reads for it: the expert's profile, the bids on the
    /// challenge, and the partners of the expert's organisation in the contract history.</summary>
    private static Decision Assign(
        ChallengeStory story, ExpertProfile expert, Actor officer, IReadOnlyList<ChallengeBid>? bids = null,
        IReadOnlyCollection<ContractHistory>? history = null, DateTimeOffset? now = null) =>
        AssignExpert.Decide(story.State, new AssignExpert(expert.Id, officer, now ?? Given.Now), expert, bids ?? story.Bids,
            expert.OrganisationId is { } organisation ? Given.PartnersOf(organisation, history ?? NoContracts) : []);

    [Fact]
    public void The_district_officer_assigns_an_expert_once_bidding_closed_and_review_starts()
    {
        _story.Closed();
        var expert = Expert(Guid.CreateVersion7());
        var officer = Actors.Bureau(Given.District);

        var assigned = Assign(_story, expert, officer).ShouldEmitSingle<ExpertAssigned>();

        assigned.ShouldBe(new ExpertAssigned(_story.Id, expert.Id, "王教授", officer.UserId, Given.Now));
        var state = _story.Then(assigned).State;
        state.Status.ShouldBe(ChallengeStatus.UnderReview);
        state.Experts.ShouldContain(expert.Id);
    }

    [Fact]
    public void More_experts_join_while_under_review()
    {
        _story.Closed().WithExperts(2);

        Assign(Expert()).ShouldEmitSingle<ExpertAssigned>();
    }

    [Fact]
    public void A_city_wide_officer_assigns_in_any_district()
    {
        var story = Given.AChallenge(district: Given.OtherDistrict).WithBids(1).Closed();

        Assign(story, Expert(), Actors.CityBureau()).ShouldEmitSingle<ExpertAssigned>();
    }

    [Fact]
    public void An_officer_of_another_district_may_not_assign()
    {
        _story.Closed();

        Assign(_story, Expert(), Actors.Bureau(Given.OtherDistrict))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
        Assign(_story, Expert(), Actors.Expert())
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Fact]
    public void No_expert_is_assigned_while_bids_are_still_sealed()
    {
        Assign(Expert()).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition").Detail.ShouldContain("open for bids");
    }

    [Fact]
    public void No_expert_is_assigned_after_the_award()
    {
        _story.Closed().Awarded();

        Assign(Expert()).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void An_expert_the_bureau_has_not_approved_is_not_assigned()
    {
        _story.Closed();

        Assign(Expert() with { Standing = ExpertStanding.Pending }).ShouldBeRefused(ErrorKind.Conflict, "expert-not-approved");
    }

    [Fact]
    public void The_same_expert_is_not_assigned_twice()
    {
        _story.Closed();
        var expert = Expert();
        _story.Then(Assign(expert).ShouldEmitSingle<ExpertAssigned>());

        Assign(expert).ShouldBeRefused(ErrorKind.Conflict, "expert-already-assigned");
    }

    [Fact]
    public void An_expert_from_a_bidder_s_organisation_is_refused_naming_it()
    {
        _story.Closed();

        Assign(Expert(_story.Bid("B").OrganisationId))
            .ShouldBeRefused(ErrorKind.Conflict, "expert-conflict-same-organisation").Detail.ShouldContain(_story.Bid("B").OrganisationName);
    }

    [Fact]
    public void An_expert_from_a_funding_enterprise_is_refused_naming_it()
    {
        _story.Closed();

        Assign(Expert(_story.Funding[0].EnterpriseId))
            .ShouldBeRefused(ErrorKind.Conflict, "expert-conflict-same-organisation").Detail.ShouldContain("宁波企业1");
    }

    [Fact]
    public void An_expert_who_declared_a_conflict_with_a_bidder_is_refused()
    {
        _story.Closed();

        Assign(Expert(Guid.CreateVersion7(), _story.Bid("A").OrganisationId))
            .ShouldBeRefused(ErrorKind.Conflict, "expert-conflict-declared").Detail.ShouldContain(_story.Bid("A").OrganisationName);
    }

    [Fact]
    public void An_expert_who_declared_a_conflict_with_a_funding_enterprise_is_refused()
    {
        _story.Closed();

        Assign(Expert(null, _story.Funding[0].EnterpriseId)).ShouldBeRefused(ErrorKind.Conflict, "expert-conflict-declared");
    }

    [Fact]
    public void The_organisation_of_a_withdrawn_bid_is_no_conflict()
    {
        var withdrawn = _story.Bid("B") with { Standing = false };
        _story.Closed();

        Assign(_story, Expert(withdrawn.OrganisationId), Actors.Bureau(Given.District), bids: [_story.Bid("A"), withdrawn])
            .ShouldEmitSingle<ExpertAssigned>();
    }

    [Theory]
    [InlineData("2023-11-25", true)]  // exactly three years before today (China)
    [InlineData("2023-11-24", false)] // three years and a day
    public void An_expert_whose_organisation_contracted_with_a_bidder_in_the_last_three_years_is_refused(string registeredOn, bool refused)
    {
        _story.Closed();
        var expertOrganisation = Guid.CreateVersion7();
        var history = Given.ContractHistories(Given.ContractRegistered(expertOrganisation, _story.Bid("A").OrganisationId, DateOnly.Parse(registeredOn)));

        var decision = Assign(Expert(expertOrganisation), history);

        if (refused)
        {
            decision.ShouldBeRefused(ErrorKind.Conflict, "expert-conflict-recent-contract").Detail.ShouldContain(_story.Bid("A").OrganisationName);
        }
        else
        {
            decision.ShouldEmitSingle<ExpertAssigned>();
        }
    }

    [Fact]
    public void The_three_years_count_in_China_s_calendar()
    {
        _story.Closed();
        var expertOrganisation = Guid.CreateVersion7();
        var history = Given.ContractHistories(Given.ContractRegistered(_story.Bid("A").OrganisationId, expertOrganisation, new DateOnly(2023, 11, 25)));
        var earlyOn26thInChina = new DateTimeOffset(2026, 11, 25, 16, 30, 0, TimeSpan.Zero); // still the 25th in UTC

        Assign(Expert(expertOrganisation), history, earlyOn26thInChina).ShouldEmitSingle<ExpertAssigned>();
    }

    [Fact]
    public void A_contract_with_a_funding_enterprise_is_no_conflict()
    {
        _story.Closed();
        var expertOrganisation = Guid.CreateVersion7();
        var history = Given.ContractHistories(Given.ContractRegistered(_story.Funding[0].EnterpriseId, expertOrganisation, Given.TodayInChina.AddMonths(-1)));

        Assign(Expert(expertOrganisation), history).ShouldEmitSingle<ExpertAssigned>();
    }
}
