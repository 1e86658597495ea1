namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>The run command's demo world: what a newcomer sees after signing in.</summary>
public sealed class DemoDataTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task The_demo_has_challenges_in_every_state()
    {
        var bureau = await AsAsync(Demo.CityBureau);
        var statuses = new HashSet<string>();
        foreach (var status in new[] { "Published", "BiddingClosed", "UnderReview", "Awarded", "InProgress", "Completed", "Failed", "Cancelled" })
        {
            var board = await bureau.GetJsonAsync($"/api/challenges?status={status}&pageSize=100");
            if (board.GetProperty("total").GetInt64() > 0)
            {
                statuses.Add(status);
            }

            board.GetProperty("items").EnumerateArray().ShouldAllBe(c => c.GetProperty("status").GetString() == status);
        }

        statuses.Count.ShouldBe(8);
        (await bureau.GetJsonAsync("/api/challenges/drafts")).GetArrayLength().ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task The_demo_university_sees_its_bids_and_its_result()
    {
        var mine = await (await AsAsync(Demo.University)).GetJsonAsync("/api/bids/mine");

        mine.GetArrayLength().ShouldBeGreaterThanOrEqualTo(6);
        mine.EnumerateArray().Any(b => b.TryGetProperty("result", out var r) && r.ValueKind != System.Text.Json.JsonValueKind.Null && r.GetProperty("won").GetBoolean())
            .ShouldBeTrue();
    }
}
