using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>
/// One bidder racing the close: it submits, amends, withdraws and submits again, one write after the other, through
/// any of the server nodes it is given, and keeps the ledger a bidder would — every receipt it was given, and
/// whether its bid stands after its last acknowledged write. A write is either acknowledged or refused because
/// bidding closed; anything else fails the test.
/// </summary>
public sealed class BidRacer(string challengeId, IReadOnlyList<HttpClient> nodes, int seed)
{
    private readonly Random _random = new(seed);
    private readonly List<string> _receipts = [];

    public string? BidId { get; private set; }

    public bool Standing { get; private set; }

    public string? LastReceipt => _receipts.Count == 0 ? null : _receipts[^1];

    public IReadOnlyList<string> Receipts => _receipts;

    public int Acknowledged { get; private set; }

    /// <summary>Writes refused with bidding-closed by a node whose own clock still said bidding was open.</summary>
    public int RefusedWhileOpenByClock { get; private set; }

    public async Task SubmitAsync(int node = 0) => await WriteAsync(node, isOpenByClock: true, Kind.Submit);

    /// <summary>Races until <paramref name="enough"/> says stop. A node's clock says bidding is open when
    /// <paramref name="openByClock"/> says so for that node's index.</summary>
    public async Task RaceAsync(Func<BidRacer, bool> enough, Func<int, bool> openByClock, CancellationToken ct)
    {
        while (!enough(this))
        {
            ct.ThrowIfCancellationRequested();
            var node = _random.Next(nodes.Count);
            var kind = !Standing ? Kind.Submit : _random.Next(10) < 7 ? Kind.Amend : Kind.Withdraw;
            await WriteAsync(node, openByClock(node), kind);
        }
    }

    private enum Kind
    {
        Submit,
        Amend,
        Withdraw,
    }

    private async Task WriteAsync(int node, bool isOpenByClock, Kind kind)
    {
        var client = nodes[node];
        var response = kind switch
        {
            Kind.Submit => await client.PostAsync($"/api/challenges/{challengeId}/bids", Bid(Marker())),
            Kind.Amend => await client.PutAsync($"/api/bids/{BidId}", Bid(Marker(), budget: 700_000m + _random.Next(100_000))),
            _ => await client.PostAsync($"/api/bids/{BidId}/withdraw"),
        };
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
            RefusedWhileOpenByClock += isOpenByClock ? 1 : 0;
            return;
        }

        Acknowledged++;
        if (kind == Kind.Withdraw)
        {
            await response.ShouldBeOkAsync();
            Standing = false;
            return;
        }

        var receipt = await response.ShouldBeOkAsync<BidReceipt>();
        BidId = receipt.BidId.ToString();
        _receipts.Add(receipt.Commitment);
        Standing = true;
    }

    /// <summary>
    /// What every bidder must find after the close: a bid that stood after its last acknowledged write is in the
    /// published list, under the label its bidder sees, with the commitment of that write; a withdrawn one has no
    /// label and none of its receipts is published; and the list holds nothing else.
    /// </summary>
    public static async Task ShouldMatchPublishedAsync(ChallengeView closedChallenge, IReadOnlyList<(BidRacer Racer, HttpClient Bidder)> bidders)
    {
        closedChallenge.Status.ShouldBe(ChallengeStatus.BiddingClosed);
        var published = closedChallenge.Commitments.ToDictionary(c => c.Label, c => c.Commitment);
        foreach (var (racer, bidder) in bidders)
        {
            var own = await bidder.GetJsonAsync<BidView>($"/api/bids/{racer.BidId}");
            var label = own.Label;
            if (racer.Standing)
            {
                label.ShouldNotBeNull($"bid {racer.BidId} stood after its last acknowledged write but has no label");
                published[label].ShouldBe(racer.LastReceipt, $"bid {racer.BidId}: the published commitment is not its last receipt");
                own.Commitment.ShouldBe(racer.LastReceipt);
            }
            else
            {
                label.ShouldBeNull($"bid {racer.BidId} was withdrawn but got a label");
                published.Values.Intersect(racer.Receipts).ShouldBeEmpty();
            }
        }

        published.Count.ShouldBe(bidders.Count(b => b.Racer.Standing));
    }
}
