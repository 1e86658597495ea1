using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Contracts;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Achievements;

public class AgreeDealTests
{
    private readonly AchievementStory _story = new();

    [Fact]
    public void The_sides_agree_on_the_latest_proposal_and_the_contract_is_drafted_on_it()
    {
        var achievement = _story.Published();
        var buyer = Actors.Enterprise(_story.Enterprise.Id);
        var seller = Actors.University(_story.University.Id);
        var deal = Deal.Evolve(null, OpenDeal.Decide(achievement, new OpenDeal(Guid.CreateVersion7(), _story.Enterprise, "希望许可使用", buyer, Given.Now, _story.University))
            .ShouldEmitSingle<DealOpened>())!;
        var terms = ContractStory.Terms(amount: 1_500_000m, technology: 1_500_000m, type: ContractType.Licence, milestones: [500_000m, 1_000_000m]);

        ProposeDealTerms.Decide(deal, new ProposeDealTerms(terms with { Type = ContractType.Consulting }, seller, Given.Now, _story.University)).ShouldBeInvalid("type");
        deal = Deal.Evolve(deal, ProposeDealTerms.Decide(deal, new ProposeDealTerms(terms, seller, Given.Now, _story.University)).ShouldEmitSingle<DealTermsProposed>())!;
        var organisations = new[] { _story.University, _story.Enterprise }.ToDictionary(o => o.Id);

        AgreeDeal.Decide(deal, new AgreeDeal(Guid.CreateVersion7(), 1, organisations, seller, Given.Now)).Deal.ShouldBeRefused(ErrorKind.Conflict, "own-proposal");
        AgreeDeal.Decide(deal, new AgreeDeal(Guid.CreateVersion7(), 2, organisations, buyer, Given.Now)).Deal.ShouldBeRefused(ErrorKind.Conflict, "proposal-superseded");
        var (onDeal, onContract) = AgreeDeal.Decide(deal, new AgreeDeal(Guid.CreateVersion7(), 1, organisations, buyer, Given.Now));

        onDeal.ShouldEmitSingle<DealAgreed>();
        var drafted = onContract.ShouldEmitSingle<ContractDrafted>();
        drafted.Source.ShouldBe(new ContractSource(ContractOrigin.Achievement, achievement.Id));
        drafted.Terms.ShouldBe(terms);
        (drafted.Parties[0].OrganisationId, drafted.Parties[1].OrganisationId).ShouldBe((_story.Enterprise.Id, _story.University.Id));
    }
}
