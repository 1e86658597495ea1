using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Achievements;

public class AchievementTests
{
    private readonly Organisation _university = Given.Organisation(OrganisationKind.University, district: "330212");
    private readonly Organisation _enterprise = Given.Organisation(OrganisationKind.Enterprise);

    public static AchievementContent Content(TrialTerms? trial = null, decimal? price = 2_000_000m) => new(
        "高镍正极材料原子层沉积包覆技术", "采用原子层沉积在高镍正极表面形成纳米氧化铝包覆层，45℃循环1000次容量保持率92%。", "0401", 6,
        ["ZL201710601862.3"], [TransferMode.Transfer, TransferMode.Licence], price, trial);

    private Achievement Published(AchievementContent? content = null) =>
        Achievement.Evolve(null, PublishAchievement.Decide(new PublishAchievement(Guid.CreateVersion7(), _university, content ?? Content(), Actors.University(_university.Id), Given.Now))
            .ShouldEmitSingle<AchievementPublished>())!;

    [Fact]
    public void A_university_publishes_with_its_district_and_normalised_patents()
    {
        var published = PublishAchievement.Decide(new PublishAchievement(
                Guid.CreateVersion7(), _university, Content() with { Patents = ["zl 201710601862.3", "ZL201710601862.3"] }, Actors.University(_university.Id), Given.Now))
            .ShouldEmitSingle<AchievementPublished>();

        (published.OrganisationId, published.District).ShouldBe((_university.Id, "330212"));
        published.Content.Patents.ShouldBe(["ZL201710601862.3"]);
    }

    [Fact]
    public void An_enterprise_does_not_publish_achievements()
    {
        PublishAchievement.Decide(new PublishAchievement(Guid.CreateVersion7(), _enterprise, Content(), Actors.Enterprise(_enterprise.Id), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-university");
    }

    [Fact]
    public void The_owner_changes_the_price_with_a_reason_and_may_make_it_negotiable()
    {
        var achievement = Published();

        var changed = ChangeAchievementPrice.Decide(achievement, new ChangeAchievementPrice(null, "改为面议", Actors.University(_university.Id), Given.Now))
            .ShouldEmitSingle<AchievementPriceChanged>();

        Achievement.Evolve(achievement, changed)!.AskingPrice.ShouldBeNull();
        ChangeAchievementPrice.Decide(achievement, new ChangeAchievementPrice(1m, "降价", Actors.University(Guid.CreateVersion7()), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-achievement-owner");
        ChangeAchievementPrice.Decide(achievement, new ChangeAchievementPrice(2_000_000m, "不变", Actors.University(_university.Id), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "same-price");
    }

    [Fact]
    public void The_sides_agree_on_the_latest_proposal_and_the_contract_is_drafted_on_it()
    {
        var achievement = Published();
        var buyer = Actors.Enterprise(_enterprise.Id);
        var seller = Actors.University(_university.Id);
        var deal = Deal.Evolve(null, OpenDeal.Decide(achievement, new OpenDeal(Guid.CreateVersion7(), _enterprise, "希望许可使用", buyer, Given.Now))
            .ShouldEmitSingle<DealOpened>())!;
        var terms = ContractStory.Terms(amount: 1_500_000m, technology: 1_500_000m, type: ContractType.Licence, milestones: [500_000m, 1_000_000m]);

        ProposeDealTerms.Decide(deal, new ProposeDealTerms(terms with { Type = ContractType.Consulting }, seller, Given.Now)).ShouldBeInvalid("type");
        deal = Deal.Evolve(deal, ProposeDealTerms.Decide(deal, new ProposeDealTerms(terms, seller, Given.Now)).ShouldEmitSingle<DealTermsProposed>())!;
        var organisations = new[] { _university, _enterprise }.ToDictionary(o => o.Id);

        AgreeDeal.Decide(deal, new AgreeDeal(Guid.CreateVersion7(), 1, organisations, seller, Given.Now)).Deal.ShouldBeRefused(ErrorKind.Conflict, "own-proposal");
        AgreeDeal.Decide(deal, new AgreeDeal(Guid.CreateVersion7(), 2, organisations, buyer, Given.Now)).Deal.ShouldBeRefused(ErrorKind.Conflict, "proposal-superseded");
        var (onDeal, onContract) = AgreeDeal.Decide(deal, new AgreeDeal(Guid.CreateVersion7(), 1, organisations, buyer, Given.Now));

        onDeal.ShouldEmitSingle<DealAgreed>();
        var drafted = onContract.ShouldEmitSingle<ContractDrafted>();
        drafted.Source.ShouldBe(new ContractSource(ContractOrigin.Achievement, achievement.Id));
        drafted.Terms.ShouldBe(terms);
        (drafted.Parties[0].OrganisationId, drafted.Parties[1].OrganisationId).ShouldBe((_enterprise.Id, _university.Id));
    }

    [Fact]
    public void A_trial_runs_free_until_its_end_date_and_then_converts_into_the_pre_agreed_contract()
    {
        var achievement = Published(Content(new TrialTerms(3, 800_000m, TransferMode.Licence)));
        var buyer = Actors.Enterprise(_enterprise.Id);
        var started = StartTrial.Decide(achievement, new StartTrial(Guid.CreateVersion7(), _enterprise, false, buyer, Given.Now)).ShouldEmitSingle<TrialStarted>();
        (started.StartsOn, started.EndsOn).ShouldBe((Given.TodayInChina, Given.TodayInChina.AddMonths(3)));
        var trial = Trial.Evolve(null, started)!;
        var endsAt = new DateTimeOffset(started.EndsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

        ConvertTrial.Decide(trial, new ConvertTrial(Guid.CreateVersion7(), endsAt.AddTicks(-1))).Trial.ShouldBeRefused(ErrorKind.Conflict, "not-due");
        var (onTrial, onContract) = ConvertTrial.Decide(trial, new ConvertTrial(Guid.CreateVersion7(), endsAt));

        onTrial.ShouldEmitSingle<TrialConverted>();
        var drafted = onContract.ShouldEmitSingle<ContractDrafted>();
        (drafted.Terms.Type, drafted.Terms.ContractAmount, drafted.Terms.TechnologyAmount).ShouldBe((ContractType.Licence, 800_000m, 800_000m));
        drafted.Terms.Milestones.ShouldHaveSingleItem().DueOn.ShouldBe(started.EndsOn.AddDays(30));
        drafted.Source.ShouldBe(new ContractSource(ContractOrigin.Achievement, achievement.Id));
    }

    [Fact]
    public void A_trial_declined_before_its_end_never_converts_and_one_declined_too_late_is_refused()
    {
        var achievement = Published(Content(new TrialTerms(1, 300_000m, TransferMode.Transfer)));
        var buyer = Actors.Enterprise(_enterprise.Id);
        var trial = Trial.Evolve(null, StartTrial.Decide(achievement, new StartTrial(Guid.CreateVersion7(), _enterprise, false, buyer, Given.Now))
            .ShouldEmitSingle<TrialStarted>())!;
        var endsAt = new DateTimeOffset(trial.EndsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

        DeclineTrial.Decide(trial, new DeclineTrial("试用效果未达预期", buyer, endsAt)).ShouldBeRefused(ErrorKind.Conflict, "trial-ended");
        DeclineTrial.Decide(trial, new DeclineTrial("试用效果未达预期", Actors.University(_university.Id), Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
        var declined = Trial.Evolve(trial, DeclineTrial.Decide(trial, new DeclineTrial("试用效果未达预期", buyer, endsAt.AddTicks(-1))).ShouldEmitSingle<TrialDeclined>())!;

        ConvertTrial.Decide(declined, new ConvertTrial(Guid.CreateVersion7(), endsAt.AddDays(1))).Trial.ShouldBeRefused(ErrorKind.Conflict, "not-due");
    }

    [Fact]
    public void Only_an_achievement_offered_for_trial_is_taken_on_trial_once_at_a_time()
    {
        var buyer = Actors.Enterprise(_enterprise.Id);

        StartTrial.Decide(Published(), new StartTrial(Guid.CreateVersion7(), _enterprise, false, buyer, Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "no-trial");
        StartTrial.Decide(Published(Content(new TrialTerms(1, 1m, TransferMode.Transfer))), new StartTrial(Guid.CreateVersion7(), _enterprise, true, buyer, Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "trial-running");
    }
}
