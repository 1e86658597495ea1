using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>Challenge payloads and the steps most tests take: accepted needs → draft → funding → published.</summary>
public static class ChallengeRequests
{
    public static Dictionary<string, object?> Draft(
        string marker, IEnumerable<(string NeedId, decimal Amount)> needs, DateTimeOffset opensAt, DateTimeOffset closesAt,
        string mode = "SingleWinner", int winners = 1, decimal passMark = 0m) => new()
    {
        ["title"] = $"高镍正极材料长循环改性技术攻关 {marker}",
        ["publicSummary"] = $"面向动力电池企业的高镍正极材料循环寿命提升 {marker}",
        ["confidentialDetails"] = "产线为回转窑，包覆温度窗口650–700℃，目标客户为两家头部电池厂。",
        ["requirements"] = "45℃循环1000次容量保持率≥90%，工艺兼容现有产线，提供中试验证数据。",
        ["field"] = "0401",
        ["needs"] = needs.Select(n => new { needId = n.NeedId, amount = n.Amount }).ToList(),
        ["governmentSubsidy"] = 500000m,
        ["opensAt"] = opensAt,
        ["closesAt"] = closesAt,
        ["criteria"] = new[]
        {
            new { key = "approach", name = "技术方案", weight = 50 },
            new { key = "team", name = "团队实力", weight = 30 },
            new { key = "budget", name = "预算合理性", weight = 20 },
        },
        ["eligibility"] = new { kinds = new[] { "University", "Institute" }, districts = Array.Empty<string>() },
        ["mode"] = mode,
        ["winnerCount"] = winners,
        ["stages"] = mode == "HorseRace" ? new[] { new { name = "中期验证", sharePercent = 40 }, new { name = "最终验收", sharePercent = 60 } } : null,
        ["ndaTerms"] = "揭榜方对保密信息负有保密义务，不得用于本项目以外的用途。",
        ["passMark"] = passMark,
    };

    public static Dictionary<string, object?> Bid(string marker, decimal budget = 700000m) => new()
    {
        ["technicalApproach"] = $"采用原子层沉积Al2O3包覆结合Mg/Ti体相共掺杂，抑制相变与界面副反应 {marker}",
        ["team"] = "材料学院电池材料课题组，教授2名、博士后3名",
        ["budget"] = budget,
        ["schedule"] = "6个月小试，6个月中试",
        ["attachmentIds"] = Array.Empty<string>(),
    };

    /// <summary>A published challenge of the 镇海区 bureau, built from one accepted need of 甬江新材料.</summary>
    public static async Task<string> PublishedAsync(
        TechMarketHost host, HttpClient enterprise, HttpClient bureau, TimeSpan closesIn, string mode = "SingleWinner", int winners = 1, decimal passMark = 0m)
    {
        var needId = await AcceptedAsync(enterprise, bureau, Content(Marker()));
        var now = host.Clock.GetUtcNow();
        var draft = await bureau.PostAsync("/api/challenges", Draft(Marker(), [(needId, 1000000m)], now.AddMinutes(-1), now + closesIn, mode, winners, passMark));
        var id = (await draft.ShouldBeOkAsync<CreatedResource>()).Id.ToString();
        await (await enterprise.PostAsync($"/api/challenges/{id}/funding/confirm")).ShouldBeOkAsync();
        await (await bureau.PostAsync($"/api/challenges/{id}/publish")).ShouldBeOkAsync();
        return id;
    }

    /// <summary>Moves the server's clock past the deadline and its grace and closes bidding there and then (what the
    /// scheduler would do at its next tick); returns the challenge as the client then sees it.</summary>
    public static async Task<ChallengeView> CloseBiddingAsync(TechMarketHost host, HttpClient client, string challengeId)
    {
        var closesAt = (await client.GetJsonAsync<ChallengeView>($"/api/challenges/{challengeId}")).Terms.ClosesAt;
        host.Clock.AdvanceTo(closesAt.AddSeconds(3));
        await host.CloseDueBiddingAsync();
        var closed = await client.GetJsonAsync<ChallengeView>($"/api/challenges/{challengeId}");
        closed.Status.ShouldBe(ChallengeStatus.BiddingClosed);
        return closed;
    }

    /// <summary>For the one test of the scheduler itself: polls for up to a minute, however busy the machine.</summary>
    public static async Task<ChallengeView> WaitForStatusAsync(HttpClient client, string challengeId, ChallengeStatus status)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var challenge = await client.GetJsonAsync<ChallengeView>($"/api/challenges/{challengeId}");
            if (challenge.Status == status)
            {
                return challenge;
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException($"The challenge never reached {status}.");
    }
}
