using System.Net;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;

namespace TechMarket.IntegrationTests.Achievements;

/// <summary>The achievement hall, a deal that becomes a contract, and 先用后转 trials converted on the controlled clock.</summary>
public sealed class AchievementTests(TechMarketHost host) : ApiTest(host)
{
    private DateOnly Today => DateOnly.FromDateTime(Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static AchievementContent Content(string title, TrialTerms? trial = null, decimal? price = 1_200_000m) => new(
        title, "基于原子层沉积的高镍正极材料表面包覆技术，45℃循环1000次容量保持率92%，已完成中试。", "0401", 7, ["ZL201710601862.3"],
        [TransferMode.Transfer, TransferMode.Licence], price, trial);

    private static async Task<Guid> PublishAsync(HttpClient university, AchievementContent content) =>
        (await university.PostAsync<CreatedResource>("/api/achievements", content)).Id;

    [Fact]
    public async Task The_public_hall_lists_published_achievements_with_filters_and_the_price_history_to_anyone()
    {
        var (university, enterprise) = (await AsAsync(Demo.University), await AsAsync(Demo.Enterprise));
        // A visitor who never signed in: the hall is public, like the needs hall and the board.
        using var visitor = Host.CreateBrowser(Host.NextAddress());
        var marker = "硅碳负极" + Guid.NewGuid().ToString("N")[..6];
        var priced = await PublishAsync(university, Content($"{marker}预锂化技术"));
        var negotiable = await PublishAsync(university, Content($"{marker}粘结剂体系", price: null) with { Trl = 4 });
        await (await university.SendJsonAsync(HttpMethod.Put, $"/api/achievements/{priced}/price", new PriceRequest(900_000m, "专利年费减免后调价"))).ShouldBeOkAsync();
        await (await enterprise.PostJsonAsync("/api/achievements", Content("企业不能发布成果"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var badPatent = await university.PostJsonAsync("/api/achievements", Content("校验位错误的专利") with { Patents = ["ZL201710601862.4"] });
        (await badPatent.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["patents[0]"]);

        var all = await visitor.GetAsync<Paged<AchievementView>>($"/api/achievements?q={marker}");
        all.Items.Select(a => a.Id).ShouldBe([negotiable, priced]);
        (await enterprise.GetAsync<Paged<AchievementView>>($"/api/achievements?q={marker}")).Items.Select(a => a.Id).ShouldBe([negotiable, priced]);
        (await visitor.GetAsync<Paged<AchievementView>>($"/api/achievements?q={marker}&trlMin=5")).Items.Select(a => a.Id).ShouldBe([priced]);
        (await visitor.GetAsync<Paged<AchievementView>>($"/api/achievements?q={marker}&maxPrice=800000")).Items.Select(a => a.Id).ShouldBe([negotiable]);
        (await visitor.GetAsync<Paged<AchievementView>>($"/api/achievements?q={marker}&mode=CoDevelopment")).Items.ShouldBeEmpty();
        (await visitor.GetAsync<Paged<AchievementView>>($"/api/achievements?q={marker}&field=04&district=330205")).Items.Count.ShouldBe(2);
        var history = (await visitor.GetAsync<AchievementView>($"/api/achievements/{priced}")).PriceHistory;
        history.Select(p => p.AskingPrice).ShouldBe([1_200_000m, 900_000m]);
        (await visitor.GetAsync("/api/achievements?trlMin=10")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Withdrawn, it leaves the hall: nobody but its owner (and its bureau) reads it any more, signed in or not.
        await (await university.PostJsonAsync($"/api/achievements/{priced}/withdraw", new ReasonRequest("已独占许可给其他企业"))).ShouldBeOkAsync();
        (await visitor.GetAsync<Paged<AchievementView>>($"/api/achievements?q={marker}")).Items.Select(a => a.Id).ShouldBe([negotiable]);
        (await visitor.GetAsync($"/api/achievements/{priced}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await enterprise.GetAsync($"/api/achievements/{priced}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await university.GetAsync<AchievementView>($"/api/achievements/{priced}")).WithdrawalReason.ShouldBe("已独占许可给其他企业");
    }

    [Fact]
    public async Task A_deal_s_agreed_terms_become_a_contract_between_the_enterprise_and_the_university()
    {
        var (university, enterprise, outsider) = (await AsAsync(Demo.University), await AsAsync(Demo.Enterprise), await AsAsync(Demo.OtherEnterprise));
        var achievement = await PublishAsync(university, Content("固态电解质界面修饰技术"));
        var deal = (await enterprise.PostAsync<CreatedResource>($"/api/achievements/{achievement}/deals", new OpenDealRequest("希望以独占许可方式引进该技术"))).Id;
        var terms = Terms(Today, 1_000_000m, 1_000_000m, ContractType.Licence);

        await (await university.PostJsonAsync($"/api/deals/{deal}/proposals", terms)).ShouldBeOkAsync();
        await (await university.PostJsonAsync($"/api/deals/{deal}/agree", new AgreeDealRequest(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "own-proposal");
        await (await outsider.PostJsonAsync($"/api/deals/{deal}/agree", new AgreeDealRequest(1))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await outsider.GetAsync($"/api/deals/{deal}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var contractId = (await enterprise.PostAsync<CreatedResource>($"/api/deals/{deal}/agree", new AgreeDealRequest(1))).Id;

        var contract = await university.GetAsync<ContractView>($"/api/contracts/{contractId}");
        contract.Source.ShouldBe(new ContractSource(ContractOrigin.Achievement, achievement));
        (contract.Terms.Type, contract.Terms.ContractAmount, contract.Status).ShouldBe((ContractType.Licence, 1_000_000m, ContractStatus.Draft));
        (await enterprise.GetAsync<DealView>($"/api/deals/{deal}")).ShouldSatisfyAllConditions(d => d.Status.ShouldBe(DealStatus.Agreed), d => d.ContractId.ShouldBe(contractId));
    }

    [Fact]
    public async Task A_trial_converts_by_itself_at_its_end_unless_the_enterprise_declined_before()
    {
        var (university, enterprise, other) = (await AsAsync(Demo.University), await AsAsync(Demo.Enterprise), await AsAsync(Demo.OtherEnterprise));
        var achievement = await PublishAsync(university, Content("正极材料在线质量监测算法", new TrialTerms(2, 300_000m, TransferMode.Licence)));
        var taken = (await enterprise.PostAsync<CreatedResource>($"/api/achievements/{achievement}/trials")).Id;
        var declined = (await other.PostAsync<CreatedResource>($"/api/achievements/{achievement}/trials")).Id;
        await (await enterprise.PostJsonAsync($"/api/achievements/{achievement}/trials")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "trial-running");
        (await enterprise.GetAsync<TrialView>($"/api/trials/{taken}")).EndsOn.ShouldBe(Today.AddMonths(2));
        await (await other.PostJsonAsync($"/api/trials/{declined}/decline", new ReasonRequest("试用效果未达预期"))).ShouldBeOkAsync();
        // Two months do not pass in a test run (every token would expire): a trial taken two months ago, as the
        // endpoint records it, ends tomorrow.
        var kept = await TakenLongAgoAsync(achievement, await OrganisationIdAsync(enterprise), months: 2);

        await Host.ConvertDueTrialsAsync();
        (await enterprise.GetAsync<TrialView>($"/api/trials/{kept}")).Status.ShouldBe(TrialStatus.Active); // the end date is tomorrow in China
        Host.Clock.AdvanceTo(new DateTimeOffset(Today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).AddSeconds(1));
        await Host.ConvertDueTrialsAsync();
        await Host.ConvertDueTrialsAsync(); // a second pass, as another node would run it, finds nothing to do

        var trial = await enterprise.GetAsync<TrialView>($"/api/trials/{kept}");
        trial.Status.ShouldBe(TrialStatus.Converted);
        var contract = await enterprise.GetAsync<ContractView>($"/api/contracts/{trial.ContractId}");
        (contract.Terms.Type, contract.Terms.ContractAmount, contract.Source.Origin, contract.Settled).ShouldBe((ContractType.Licence, 300_000m, ContractOrigin.Achievement, 0m));
        (await other.GetAsync<TrialView>($"/api/trials/{declined}")).ShouldSatisfyAllConditions(t => t.Status.ShouldBe(TrialStatus.Declined), t => t.ContractId.ShouldBeNull());
        (await enterprise.GetAsync<TrialView>($"/api/trials/{taken}")).Status.ShouldBe(TrialStatus.Active);
        await (await enterprise.PostJsonAsync($"/api/trials/{kept}/decline", new ReasonRequest("太晚了"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "trial-ended");
    }

    /// <summary>A trial of the achievement started by the same decision the endpoint runs, at a time months ago.</summary>
    private async Task<Guid> TakenLongAgoAsync(Guid achievementId, Guid enterpriseId, int months)
    {
        var store = Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();
        var achievement = await session.Events.AggregateStreamAsync<Achievement>(achievementId);
        var organisation = await session.LoadAsync<Organisation>(enterpriseId);
        var takenAt = new DateTimeOffset(Today.AddMonths(-months).AddDays(1).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
        var id = Guid.CreateVersion7();
        var decision = StartTrial.Decide(achievement!, new StartTrial(id, organisation, false, new Actor(Guid.NewGuid(), "甬江新材料", new HashSet<string> { Roles.Enterprise }, enterpriseId, null), takenAt,
            await session.LoadAsync<Organisation>(achievement!.OrganisationId)));
        session.Events.StartStream<Trial>(id, [.. decision.Events]);
        await session.SaveChangesAsync();
        return id;
    }
}
