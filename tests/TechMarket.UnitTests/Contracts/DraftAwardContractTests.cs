using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

public class DraftAwardContractTests
{
    private readonly Organisation _lead = Given.Organisation(OrganisationKind.Enterprise);
    private readonly Organisation _cofunder = Given.Organisation(OrganisationKind.Enterprise);
    private readonly Organisation _winner = Given.Organisation(OrganisationKind.University, district: "330212");
    private readonly Guid _bid = Guid.NewGuid();

    private AwardedWork Work(bool contractable = true, IReadOnlyList<AwardedStage>? stages = null) => new(
        Guid.CreateVersion7(), "高镍正极材料揭榜", "0401", contractable,
        [new AwardFunder(_cofunder.Id, 250_000m), new AwardFunder(_lead.Id, 750_000m)],
        [new AwardedTeam(_bid, _winner.Id, 1_500_000m, stages ?? [])]);

    private DraftAwardContract Command(AwardedWork work, Actor actor, IReadOnlyList<MilestoneTerms>? milestones = null, Guid? bid = null) => new(
        Guid.CreateVersion7(), work,
        new DraftAwardContractRequest("A", ContractType.Development, 1_200_000m,
            milestones ?? [new MilestoneTerms("中试验证报告", 500_000m, Given.TodayInChina.AddMonths(6)), new MilestoneTerms("量产导入", 1_000_000m, Given.TodayInChina.AddMonths(12))]),
        bid ?? _bid, new[] { _lead, _cofunder, _winner }.ToDictionary(o => o.Id), null, actor, Given.Now);

    [Fact]
    public void The_award_funds_the_contract_the_funders_buy_and_the_winner_sells()
    {
        var work = Work();

        var drafted = DraftAwardContract.Decide(Command(work, Actors.University(_winner.Id))).ShouldEmitSingle<ContractDrafted>();

        drafted.Source.ShouldBe(new ContractSource(ContractOrigin.Challenge, work.ChallengeId));
        drafted.Terms.ContractAmount.ShouldBe(1_500_000m);
        drafted.Terms.Title.ShouldBe("高镍正极材料揭榜");
        drafted.Parties.Select(p => (p.OrganisationId, p.Side, p.Lead, p.SharePercent)).ShouldBe([
            (_lead.Id, PartySide.Buyer, true, 75m), (_cofunder.Id, PartySide.Buyer, false, 25m), (_winner.Id, PartySide.Seller, true, 100m),
        ]);
    }

    [Fact]
    public void A_funder_may_draft_it_too_but_nobody_else()
    {
        DraftAwardContract.Decide(Command(Work(), Actors.Enterprise(_cofunder.Id))).ShouldEmitSingle<ContractDrafted>();
        DraftAwardContract.Decide(Command(Work(), Actors.Enterprise(Guid.CreateVersion7()))).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
        DraftAwardContract.Decide(Command(Work(), Actors.CityBureau())).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
    }

    [Fact]
    public void Only_an_awarded_challenge_gets_contracts_and_only_for_its_winners()
    {
        DraftAwardContract.Decide(Command(Work(contractable: false), Actors.University(_winner.Id))).ShouldBeRefused(ErrorKind.Conflict, "not-awarded");
        DraftAwardContract.Decide(Command(Work(), Actors.University(_winner.Id), bid: Guid.NewGuid())).ShouldBeRefused(ErrorKind.NotFound, "no-such-winner");
    }

    [Fact]
    public void A_horse_race_s_stages_become_the_milestones()
    {
        var work = Work(stages: [new AwardedStage("中期验证", 600_000m), new AwardedStage("最终验收", 900_000m)]);
        MilestoneTerms[] matching = [new("中期验证报告", 600_000m, Given.TodayInChina.AddMonths(6)), new("最终验收报告", 900_000m, Given.TodayInChina.AddMonths(12))];

        DraftAwardContract.Decide(Command(work, Actors.University(_winner.Id), matching)).ShouldEmitSingle<ContractDrafted>()
            .Terms.Milestones.Select(m => m.Amount).ShouldBe([600_000m, 900_000m]);
        DraftAwardContract.Decide(Command(work, Actors.University(_winner.Id))).ShouldBeInvalid("milestones")
            .ShouldBe("A horse race's milestones are its funding stages: 中期验证 600000.00; 最终验收 900000.00.");
    }

    [Fact]
    public void A_challenge_s_contract_keeps_the_amount_its_award_funds_when_revised()
    {
        var drafted = DraftAwardContract.Decide(Command(Work(), Actors.University(_winner.Id))).ShouldEmitSingle<ContractDrafted>();
        var contract = Contract.Evolve(null, drafted)!;
        var revised = drafted.Terms with { TechnologyAmount = 1_000_000m };

        ReviseContract.Decide(contract, new ReviseContract(revised with { ContractAmount = 1_000_000m, Milestones = [new("全部成果", 1_000_000m, Given.TodayInChina)] },
            null, Actors.University(_winner.Id), Given.Now, Own: _winner, Parties: [_lead, _cofunder, _winner])).ShouldBeInvalid("contractAmount");
        ReviseContract.Decide(contract, new ReviseContract(revised, null, Actors.University(_winner.Id), Given.Now, Own: _winner, Parties: [_lead, _cofunder, _winner])).ShouldEmitSingle<ContractRevised>();
    }
    [Fact]
    public void A_joint_winner_s_organisations_are_the_sellers_each_with_its_share_of_the_amount()
    {
        var institute = Given.Organisation(OrganisationKind.Institute);
        var factory = Given.Organisation();
        var members = new AwardedMember[]
        {
            new(_winner.Id, _winner.Name, "牵头单位", 900_000m, true), new(institute.Id, institute.Name, "联合研发", 450_000m, false),
            new(factory.Id, factory.Name, "中试验证", 150_000m, false),
        };
        var work = Work() with { Winners = [new AwardedTeam(_bid, _winner.Id, 1_500_000m, [], members)] };
        var organisations = new[] { _lead, _cofunder, _winner, institute, factory }.ToDictionary(o => o.Id);

        var drafted = DraftAwardContract.Decide(Command(work, Actors.University(institute.Id)) with { Organisations = organisations })
            .ShouldEmitSingle<ContractDrafted>();

        var sellers = drafted.Parties.Where(p => p.Side == PartySide.Seller).ToList();
        sellers.Select(p => (p.OrganisationId, p.Lead, p.SharePercent, p.ShareAmount)).ShouldBe([
            (_winner.Id, true, 60m, 900_000m), (institute.Id, false, 30m, 450_000m), (factory.Id, false, 10m, 150_000m),
        ]);
        sellers.Sum(p => p.ShareAmount!.Value).ShouldBe(drafted.Terms.ContractAmount);
        drafted.Parties.Where(p => p.Side == PartySide.Buyer).ShouldAllBe(p => p.ShareAmount == null);
    }
}
