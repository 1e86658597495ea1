using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Review;

public class DrawExpertsTests
{
    private const string Seed = "5eed5eed5eed5eed5eed5eed5eed5eed";

    private static readonly IReadOnlyDictionary<Guid, IReadOnlyList<ContractPartner>> NoPartners = new Dictionary<Guid, IReadOnlyList<ContractPartner>>();

    private readonly ChallengeStory _story = Given.AChallenge().WithBids(2).Closed();

    private static ExpertProfile Expert(string name, string field = "0101", Guid? organisationId = null, params Guid[] conflicts) =>
        new(Guid.CreateVersion7(), name, organisationId, [field], conflicts);

    private Decision Draw(IReadOnlyList<ExpertProfile> pool, int count, int alternates = 0, string seed = Seed, Actor? officer = null) =>
        DrawExperts.Decide(_story.State, new DrawExperts(count, alternates, seed, officer ?? Actors.Bureau(Given.District), Given.Now), pool, _story.Bids, NoPartners);

    [Fact]
    public void The_bureau_draws_from_the_challenge_s_field_in_the_order_the_seed_gives_and_the_drawn_are_assigned()
    {
        List<ExpertProfile> pool = [Expert("甲"), Expert("乙"), Expert("丙"), Expert("丁"), Expert("戊", field: "0803"), Expert("己", field: "01")];
        var order = pool.Where(e => e.Name != "戊").OrderBy(e => ExpertDraw.Key(Seed, e.Id), StringComparer.Ordinal).ToList();

        var decision = Draw(pool, count: 3, alternates: 1);

        decision.Error.ShouldBeNull();
        var drawn = decision.Events[0].ShouldBeOfType<ExpertsDrawn>();
        drawn.Seed.ShouldBe(Seed);
        drawn.Drawn.Select(d => d.ExpertId).ShouldBe(order.Take(3).Select(e => e.Id));
        drawn.Alternates.ShouldHaveSingleItem().ExpertId.ShouldBe(order[3].Id);
        drawn.Excluded.ShouldBeEmpty();
        decision.Events.Skip(1).Cast<ExpertAssigned>().Select(a => a.ExpertId).ShouldBe(drawn.Drawn.Select(d => d.ExpertId));
        var state = decision.Events.Aggregate(_story, (story, e) => story.Then(e)).State;
        state.Status.ShouldBe(ChallengeStatus.UnderReview);
        state.Experts.ShouldBe(drawn.Drawn.Select(d => d.ExpertId), ignoreOrder: true);
        state.Alternates.ShouldBe(drawn.Alternates);
    }

    [Fact]
    public void Another_seed_gives_another_order_and_the_same_seed_the_same()
    {
        List<ExpertProfile> pool = [.. Enumerable.Range(1, 8).Select(i => Expert($"专家{i}"))];

        var first = Draw(pool, 8).Events[0].ShouldBeOfType<ExpertsDrawn>().Drawn;

        Draw(pool, 8).Events[0].ShouldBeOfType<ExpertsDrawn>().Drawn.ShouldBe(first);
        Draw(pool, 8, seed: "another").Events[0].ShouldBeOfType<ExpertsDrawn>().Drawn.ShouldNotBe(first);
    }

    [Fact]
    public void Experts_with_a_conflict_are_left_out_and_logged_with_its_code()
    {
        var bidder = Expert("投标方专家", organisationId: _story.Bid("A").OrganisationId);
        var declared = Expert("申报回避", conflicts: _story.Funding[0].EnterpriseId);
        var free = Expert("无关联");

        var drawn = Draw([bidder, declared, free], count: 1).Events[0].ShouldBeOfType<ExpertsDrawn>();

        drawn.Drawn.ShouldBe([new PoolExpert(free.Id, "无关联")]);
        drawn.Excluded.ShouldBe(
            [new ExcludedExpert(bidder.Id, "投标方专家", "expert-conflict-same-organisation"), new ExcludedExpert(declared.Id, "申报回避", "expert-conflict-declared")],
            ignoreOrder: true);
    }

    [Fact]
    public void Experts_already_assigned_are_not_drawn_again()
    {
        _story.WithExperts(1);
        var assigned = new ExpertProfile(_story.Experts[0].UserId, "Expert 1", null, ["0101"], []);
        var other = Expert("新专家");

        Draw([assigned, other], count: 1).Events[0].ShouldBeOfType<ExpertsDrawn>().Drawn.ShouldBe([new PoolExpert(other.Id, "新专家")]);
        Draw([assigned, other], count: 2).ShouldBeRefused(ErrorKind.Conflict, "pool-too-small").Detail.ShouldContain("Only 1 expert(s)");
    }

    [Fact]
    public void Experts_waiting_for_the_bureau_s_approval_are_not_drawn()
    {
        var pending = Expert("待审核") with { Standing = ExpertStanding.Pending };
        var approved = Expert("已入库");

        Draw([pending, approved], count: 1).Events[0].ShouldBeOfType<ExpertsDrawn>().Drawn.ShouldBe([new PoolExpert(approved.Id, "已入库")]);
        Draw([pending, approved], count: 2).ShouldBeRefused(ErrorKind.Conflict, "pool-too-small");
    }

    [Fact]
    public void Fewer_alternates_than_asked_are_kept_when_the_pool_runs_out()
    {
        var drawn = Draw([Expert("甲"), Expert("乙")], count: 1, alternates: 5).Events[0].ShouldBeOfType<ExpertsDrawn>();

        drawn.Alternates.Count.ShouldBe(1);
    }

    [Fact]
    public void Only_the_covering_bureau_draws_and_only_once_bidding_closed()
    {
        Draw([Expert("甲")], 1, officer: Actors.Bureau(Given.OtherDistrict)).ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
        Draw([Expert("甲")], 1, officer: Actors.Expert()).ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");

        var open = Given.AChallenge().WithBids(1);
        DrawExperts.Decide(open.State, new DrawExperts(1, 0, Seed, Actors.Bureau(Given.District), Given.Now), [Expert("甲")], open.Bids, NoPartners)
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Theory]
    [InlineData(0, 0, "Count")]
    [InlineData(ExpertDraw.MaxDrawn + 1, 0, "Count")]
    [InlineData(3, -1, "Alternates")]
    [InlineData(3, ExpertDraw.MaxAlternates + 1, "Alternates")]
    public void A_draw_of_no_expert_or_too_many_is_invalid(int count, int alternates, string field) =>
        new DrawExpertsValidator().ShouldBeInvalid(new DrawExpertsRequest(count, alternates), field);
}
