using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// Who bid what stays with the bidder (and the bureau, after close). This test collects every organisation id any
/// role can see, then reads every view an expert, a rival bidder or the public gets of a reviewed and then awarded
/// challenge, and checks that none holds a bid id, an attachment id or a file name, that no losing bidder's
/// organisation id appears, and that no identifier in them can be joined to an organisation by deriving it from
/// (challenge, organisation) as bid ids once were.
/// </summary>
public sealed partial class AnonymityTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    [Fact]
    public async Task No_view_of_an_expert_a_rival_or_the_public_holds_or_leads_to_a_bid_id_or_a_bidder()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var enterprise = await AsAsync(Demo.Enterprise);
        var third = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        var bidders = new[] { await AsAsync(Demo.University), await AsAsync(Institute), third };
        var id = await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromHours(1));
        var secrets = new List<string>();
        var bidderOrganisations = new List<string>();
        foreach (var (bidder, i) in bidders.Select((b, i) => (b, i)))
        {
            var organisation = (await bidder.GetJsonAsync<Organisation>("/api/organisations/mine")).Id.ToString();
            await (await bidder.PostAsync($"/api/challenges/{id}/nda")).ShouldBeOkAsync();
            var fileName = $"{organisation}-投标单位-{i}-申报书.pdf";
            var attachment = await UploadAsync(bidder, id, fileName);
            var request = Bid(Marker());
            request["attachmentIds"] = new[] { attachment };
            var receipt = await (await bidder.PostAsync($"/api/challenges/{id}/bids", request)).ShouldBeOkAsync<BidReceipt>();
            secrets.AddRange([receipt.BidId.ToString(), attachment, fileName, "投标单位"]);
            bidderOrganisations.Add(organisation);
        }

        await CloseBiddingAsync(Host, bureau, id);
        var experts = await Task.WhenAll(ConflictFreeExperts.Take(3).Select(AsAsync));
        foreach (var expert in experts)
        {
            await AssignAsync(bureau, id, expert);
        }

        var visible = await OrganisationIdsAnyoneSeesAsync(id, enterprise, bureau);
        visible.ShouldContain(bidderOrganisations[0]); // 甬城大学 unlocked the NDA: the funder's disclosure log names it
        var observers = new Dictionary<string, HttpClient>
        {
            ["expert"] = experts[0],
            ["rival bidder"] = bidders[1],
            ["broker"] = await AsAsync(Demo.Broker),
            ["other university"] = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau)),
            ["machine client"] = await Callers.ForAsync(Host, SignIn, Callers.Integration),
        };

        var underReview = await ViewsAsync(observers, id);
        ShouldNotLeak(underReview, secrets, bidderOrganisations, visible, id);

        // Scored by label — the only name an expert has for a bid — then feedback and the award.
        var labels = (await experts[0].GetJsonAsync<List<ReviewAssignment>>("/api/reviews/mine")).Single(c => c.ChallengeId.ToString() == id)
            .Bids.Select(b => b.Label).ToList();
        foreach (var expert in experts)
        {
            foreach (var (label, rank) in labels.Select((l, r) => (l, r)))
            {
                await ScoreAsync(expert, id, label, 9 - rank, 8 - rank, 7);
            }
        }

        var ranking = await bureau.GetJsonAsync<List<RankingRow>>($"/api/challenges/{id}/ranking");
        foreach (var losing in ranking.Skip(1))
        {
            await FeedbackAsync(bureau, id, losing.BidId.ToString());
        }

        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeOkAsync();
        var winner = (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Winners[0].OrganisationId.ToString();
        var awarded = await ViewsAsync(observers, id);
        ShouldNotLeak(awarded, secrets, bidderOrganisations.Where(o => o != winner).ToList(), visible, id);
        awarded.Keys.Where(k => k.EndsWith($"/api/challenges/{id}", StringComparison.Ordinal)).ShouldAllBe(k => awarded[k].Contains(winner, StringComparison.Ordinal));
    }

    /// <summary>Every organisation id a signed-in role can read: the public needs list, the board and challenge pages
    /// (funders, winners), the funder's disclosure log, the organisation endpoints and the bureau's queue.</summary>
    private async Task<HashSet<string>> OrganisationIdsAnyoneSeesAsync(string challengeId, HttpClient funder, HttpClient bureau)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sources = new List<(HttpClient Client, string Url)>
        {
            (funder, "/api/needs?pageSize=100"),
            (funder, $"/api/challenges/{challengeId}/disclosures"),
            (bureau, "/api/organisations/pending"),
            (bureau, "/api/needs/queue"),
        };
        foreach (var status in new[] { "Published", "Awarded", "InProgress", "Completed", "Failed" })
        {
            foreach (var card in (await funder.GetJsonAsync<Paged<ChallengeCard>>($"/api/challenges?status={status}&pageSize=100")).Items)
            {
                sources.Add((funder, $"/api/challenges/{card.Id}"));
            }
        }

        foreach (var who in new[] { Demo.University, Institute, Demo.Enterprise, Demo.OtherEnterprise, Demo.Expert, Demo.Broker })
        {
            sources.Add((await AsAsync(who), "/api/organisations/mine"));
        }

        foreach (var (client, url) in sources)
        {
            ids.UnionWith(Guids(await (await client.GetAsync(url)).Content.ReadAsStringAsync()));
        }

        return ids;
    }

    /// <summary>What each observer gets from every view of the challenge it may ask for, body and headers.</summary>
    private async Task<Dictionary<string, string>> ViewsAsync(Dictionary<string, HttpClient> observers, string challengeId)
    {
        var views = new Dictionary<string, string>();
        foreach (var (who, client) in observers)
        {
            foreach (var url in new[]
            {
                "/api/challenges?pageSize=100", $"/api/challenges/{challengeId}", $"/api/challenges/{challengeId}/bids",
                $"/api/challenges/{challengeId}/stages", $"/api/challenges/{challengeId}/ranking", "/api/reviews/mine",
                $"/api/challenges/{challengeId}/bids/A/attachments/1", $"/api/challenges/{challengeId}/bids/B/attachments/1",
            })
            {
                var response = await client.GetAsync(url);
                var isFile = response.Content.Headers.ContentType?.MediaType == "application/pdf";
                views[$"{who}: {url}"] = $"{(int)response.StatusCode} {response.Headers} {response.Content.Headers}\n"
                                         + (isFile ? "(file)" : await response.Content.ReadAsStringAsync());
            }
        }

        views.Keys.Count(k => k.StartsWith("expert:", StringComparison.Ordinal) && views[k].StartsWith("200", StringComparison.Ordinal)).ShouldBe(7);
        return views;
    }

    private static void ShouldNotLeak(
        Dictionary<string, string> views, IReadOnlyList<string> secrets, IReadOnlyList<string> hiddenOrganisations, HashSet<string> visible, string challengeId)
    {
        var derived = visible.Select(o => DerivedBidId(challengeId, o)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (view, text) in views)
        {
            foreach (var secret in secrets.Concat(hiddenOrganisations))
            {
                text.ShouldNotContain(secret, Case.Insensitive, $"{view} reveals {secret}");
                text.ShouldNotContain(secret.Replace("-", string.Empty, StringComparison.Ordinal), Case.Insensitive, $"{view} reveals {secret}");
            }

            Guids(text).Where(derived.Contains).ShouldBeEmpty($"{view} holds an id derived from a challenge and an organisation");
        }
    }

    /// <summary>How bid ids used to be made — SHA-256 of challenge and organisation as an RFC 9562 version 8 id —
    /// so the test would catch that way of joining a bid to its bidder coming back.</summary>
    private static string DerivedBidId(string challengeId, string organisationId)
    {
        Span<byte> input = stackalloc byte[32];
        Guid.Parse(challengeId).TryWriteBytes(input[..16]);
        Guid.Parse(organisationId).TryWriteBytes(input[16..]);
        var hash = SHA256.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    private static IEnumerable<string> Guids(string text) => GuidPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    private static async Task<string> UploadAsync(HttpClient bidder, string challengeId, string fileName)
    {
        var file = new ByteArrayContent([.. "%PDF-1.7 申报书 "u8, .. RandomNumberGenerator.GetBytes(64)]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var uploaded = await (await bidder.PostAsync($"/api/challenges/{challengeId}/attachments", new MultipartFormDataContent { { file, "file", fileName } }))
            .ShouldBeOkAsync<AttachmentRef>();
        return uploaded.AttachmentId.ToString();
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
