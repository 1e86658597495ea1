using TechMarket.IntegrationTests.Challenges;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>The run command's demo world: what a newcomer sees after signing in.</summary>
public sealed class DemoDataTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task The_demo_has_challenges_in_every_state()
    {
        var bureau = await AsAsync(Demo.CityBureau);
        var statuses = new HashSet<ChallengeStatus>();
        foreach (var status in Enum.GetValues<ChallengeStatus>().Where(s => s != ChallengeStatus.Draft))
        {
            var board = await bureau.GetJsonAsync<Paged<ChallengeCard>>($"/api/challenges?status={status}&pageSize=100");
            if (board.Total > 0)
            {
                statuses.Add(status);
            }

            board.Items.ShouldAllBe(c => c.Status == status);
        }

        statuses.Count.ShouldBe(10); // every status but Draft, which the board never lists
        (await bureau.GetJsonAsync<List<ChallengeCard>>("/api/challenges/drafts")).Count.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task The_demo_university_sees_its_bids_and_its_result()
    {
        var mine = await ReviewRequests.AllMyBidsAsync(await AsAsync(Demo.University));

        mine.Count.ShouldBeGreaterThanOrEqualTo(6);
        mine.ShouldContain(b => b.Result != null && b.Result.Won);
    }
}
