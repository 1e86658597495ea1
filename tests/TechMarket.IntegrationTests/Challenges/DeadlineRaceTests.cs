using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Challenges;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>
/// Submits, amends and withdrawals race the close. This server's clock stands just before the deadline, so its own
/// rules accept every write; a closer whose clock is an hour ahead (another node's) closes meanwhile. Only the
/// bidding gate stands between the two — and every receipt must still check out against the published list.
/// </summary>
public sealed class DeadlineRaceTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task Writes_racing_the_close_land_before_it_or_are_refused_and_every_receipt_matches_the_published_list()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromHours(1));
        var city = await AsAsync(Demo.CityBureau);
        var bidders = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, city)));
        var racers = bidders.Select((b, i) => (Racer: new BidRacer(id, [b], seed: i), Bidder: b)).ToList();
        var closesAt = (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Terms.ClosesAt;
        var aheadCloser = new BiddingCloser(
            Host.Services.GetRequiredService<IDocumentStore>(), Host.Services.GetRequiredService<IChallengeBids>(), new FixedClock(closesAt.AddHours(1)),
            Host.Services.GetRequiredService<IOptions<ChallengeOptions>>(), NullLogger<BiddingCloser>.Instance);

        using (Host.Clock.Freeze(closesAt.AddSeconds(-1)))
        {
            foreach (var (racer, _) in racers)
            {
                await racer.SubmitAsync();
            }

            var closed = false;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var racing = racers.Select(r => Task.Run(() => r.Racer.RaceAsync(
                racer => Volatile.Read(ref closed) && racer.RefusedWhileOpenByClock > 0, _ => true, timeout.Token))).ToList();
            while (racers.Any(r => r.Racer.Acknowledged < 4))
            {
                racing.Where(t => t.IsFaulted).ShouldBeEmpty();
                await Task.Delay(20, timeout.Token);
            }

            await aheadCloser.CloseAsync(Guid.Parse(id), timeout.Token);
            Volatile.Write(ref closed, true);
            await Task.WhenAll(racing);
        }

        await BidRacer.ShouldMatchPublishedAsync(await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}"), racers);
        // Every racer wrote at least four times before the close and ran on until the close refused it while the clock
        // still said open (its stop condition above); whether any wrote a fifth time in between is the scheduler's choice.
        racers.ShouldAllBe(r => r.Racer.Acknowledged >= 4 && r.Racer.RefusedWhileOpenByClock > 0);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
