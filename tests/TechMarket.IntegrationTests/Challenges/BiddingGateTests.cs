using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Modules.Challenges;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>The gate's pass function on each state its row can be in: missing (the first bid of a published challenge,
/// or a challenge that is not published), open, closed, reopened. It tries the share lock before the first touch.</summary>
public sealed class BiddingGateTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_published_challenge_s_gate_opens_at_the_first_bid_shuts_when_bidding_closes_and_opens_again_when_reopened()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromHours(2));
        var challengeId = Guid.Parse(id);
        (await RowsAsync(challengeId)).ShouldBe(0);

        (await PassesAsync(challengeId)).ShouldBeTrue();
        (await RowsAsync(challengeId)).ShouldBe(1);
        (await PassesAsync(challengeId)).ShouldBeTrue();

        await CloseBiddingAsync(Host, bureau, id);
        (await PassesAsync(challengeId)).ShouldBeFalse();
        (await RowsAsync(challengeId)).ShouldBe(1);

        await using (var session = Store.LightweightSession())
        {
            BiddingGate.Reopen(session, challengeId);
            await session.SaveChangesAsync();
        }

        (await PassesAsync(challengeId)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_challenge_that_is_not_published_gets_no_open_gate()
    {
        var unknown = Guid.NewGuid();

        (await PassesAsync(unknown)).ShouldBeFalse();
        (await RowsAsync(unknown)).ShouldBe(0);
    }

    private IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    /// <summary>A bid write's gate, alone in its transaction: true when it passed, false when the gate refused.</summary>
    private async Task<bool> PassesAsync(Guid challengeId)
    {
        await using var session = Store.LightweightSession();
        BiddingGate.Pass(session, challengeId);
        try
        {
            await session.SaveChangesAsync();
            return true;
        }
        catch (Exception e) when (BiddingGate.IsClosed(e))
        {
            return false;
        }
    }

    private async Task<int> RowsAsync(Guid challengeId)
    {
        await using var session = Store.QuerySession();
        return (await session.QueryAsync<int>($"select count(*)::int from {MartenSetup.Schema}.bidding_gate where challenge_id = ?", challengeId)).Single();
    }
}
