using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Notifications;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Challenges.JointBidFlowTests;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>联合答题 notices over the notifications API: the organisations a joint bid names are told (and told when they
/// are left out), everyone in the bid hears each member's answer, the reason of a decline reaches the lead only, and
/// nobody outside the bid hears anything of it.</summary>
public sealed class JointBidNoticeTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task Named_members_hear_of_the_bid_its_answers_and_their_removal_and_nobody_else_does()
    {
        var (enterprise, bureau, university, donghai, zhizao) = (
            await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.University), await AsAsync(Donghai), await AsAsync(Zhizao));
        var (donghaiId, zhizaoId) = (await OrganisationIdAsync(donghai), await OrganisationIdAsync(zhizao));
        var id = await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromHours(1));
        var title = (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Terms.Title;
        var joint = (await (await university.PostAsync($"/api/challenges/{id}/bids",
                JointBid(400_000m, (zhizaoId, "中试验证", 200_000m), (donghaiId, "联合研发", 100_000m))))
            .ShouldBeOkAsync<BidReceipt>()).BidId;

        var named = await NoticeAsync(zhizao, joint, NoticeKind.JointBidNamed);
        (named.Title, named.Values["leadName"], named.Values["role"], named.Values["share"]).ShouldBe((title, "甬城大学", "中试验证", "200000.00"));
        (await NoticeAsync(donghai, joint, NoticeKind.JointBidNamed)).Values["role"].ShouldBe("联合研发");

        await (await zhizao.PostAsync($"/api/bids/{joint}/membership/confirm")).ShouldBeOkAsync();
        var confirmed = await NoticeAsync(university, joint, NoticeKind.JointBidAnswered, n => n.Values["answer"] == "Confirmed");
        (confirmed.Title, confirmed.Values["memberName"]).ShouldBe((title, "宁波智能制造技术研究院"));
        await NoticeAsync(donghai, joint, NoticeKind.JointBidAnswered, n => n.Values["answer"] == "Confirmed");

        await (await donghai.PostAsync($"/api/bids/{joint}/membership/decline", new { reason = "本院团队另有安排" })).ShouldBeOkAsync();
        (await NoticeAsync(university, joint, NoticeKind.JointBidAnswered, n => n.Values["answer"] == "Declined")).Values["reason"].ShouldBe("本院团队另有安排");
        (await NoticeAsync(zhizao, joint, NoticeKind.JointBidAnswered, n => n.Values["answer"] == "Declined")).Values.ShouldNotContainKey("reason");

        // Named again without 东海: it is told it is out; 智能制造, on the same terms, hears nothing new.
        await (await university.PutAsync($"/api/bids/{joint}", JointBid(500_000m, (zhizaoId, "中试验证", 200_000m)))).ShouldBeOkAsync();
        (await NoticeAsync(donghai, joint, NoticeKind.JointBidUnnamed)).Values.ShouldBe(new Dictionary<string, string> { ["leadName"] = "甬城大学" });
        (await NoticesAsync(zhizao, joint)).Count(n => n.Kind == NoticeKind.JointBidNamed).ShouldBe(1);

        // Nobody outside the bid is told of it: not another enterprise, not the funder, not the bureau.
        foreach (var outsider in new[] { await AsAsync(Demo.OtherEnterprise), enterprise, bureau })
        {
            (await NoticesAsync(outsider, joint)).ShouldBeEmpty();
        }
    }

    /// <summary>A joint bid submitted again — amended, or withdrawn and submitted anew — asks again exactly the members
    /// it must: those whose terms changed, and after a withdrawal every member it names, as at a first submission; each
    /// asked member must confirm again, and one left out is told so.</summary>
    [Fact]
    public async Task A_joint_bid_amended_or_withdrawn_and_submitted_again_asks_its_members_again_and_tells_one_left_out()
    {
        var (enterprise, bureau, university, donghai, zhizao) = (
            await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.University), await AsAsync(Donghai), await AsAsync(Zhizao));
        var (donghaiId, zhizaoId) = (await OrganisationIdAsync(donghai), await OrganisationIdAsync(zhizao));
        var id = await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromHours(1));
        var both = JointBid(350_000m, (zhizaoId, "中试验证", 250_000m), (donghaiId, "联合研发", 100_000m));
        var joint = (await (await university.PostAsync($"/api/challenges/{id}/bids",
            JointBid(400_000m, (zhizaoId, "中试验证", 200_000m), (donghaiId, "联合研发", 100_000m)))).ShouldBeOkAsync<BidReceipt>()).BidId;
        await NamedAsync(zhizao, joint, 1);
        await NamedAsync(donghai, joint, 1);
        await (await zhizao.PostAsync($"/api/bids/{joint}/membership/confirm")).ShouldBeOkAsync();
        await (await donghai.PostAsync($"/api/bids/{joint}/membership/confirm")).ShouldBeOkAsync();

        // Amended with 智能制造's share changed: it is asked again on its new terms and must confirm again; 东海, on the same
        // terms, keeps its confirmation and hears nothing new.
        await (await university.PutAsync($"/api/bids/{joint}", both)).ShouldBeOkAsync();
        (await NamedAsync(zhizao, joint, 2)).Select(n => n.Values["share"]).ShouldBe(["200000.00", "250000.00"], ignoreOrder: true);
        (await NoticesAsync(donghai, joint)).Count(n => n.Kind == NoticeKind.JointBidNamed).ShouldBe(1);
        (await AnswersAsync(university, joint)).ShouldBe([MemberAnswer.Pending, MemberAnswer.Confirmed]);
        await (await zhizao.PostAsync($"/api/bids/{joint}/membership/confirm")).ShouldBeOkAsync();

        // Withdrawn and submitted again on the very same terms: both are asked again, as at the first submission.
        await (await university.PostAsync($"/api/bids/{joint}/withdraw")).ShouldBeOkAsync();
        (await (await university.PostAsync($"/api/challenges/{id}/bids", both)).ShouldBeOkAsync<BidReceipt>()).BidId.ShouldBe(joint);
        (await NamedAsync(zhizao, joint, 3)).ShouldAllBe(n => n.Values["role"] == "中试验证");
        (await NamedAsync(donghai, joint, 2)).ShouldAllBe(n => n.Values["share"] == "100000.00");
        (await AnswersAsync(university, joint)).ShouldBe([MemberAnswer.Pending, MemberAnswer.Pending]);

        // Withdrawn again and submitted without 东海: 智能制造 is asked again, 东海 is told it is out.
        await (await university.PostAsync($"/api/bids/{joint}/withdraw")).ShouldBeOkAsync();
        await (await university.PostAsync($"/api/challenges/{id}/bids", JointBid(450_000m, (zhizaoId, "中试验证", 250_000m)))).ShouldBeOkAsync();
        await NamedAsync(zhizao, joint, 4);
        (await NoticeAsync(donghai, joint, NoticeKind.JointBidUnnamed)).Values["leadName"].ShouldBe("甬城大学");
        (await NoticesAsync(donghai, joint)).Count(n => n.Kind == NoticeKind.JointBidNamed).ShouldBe(2);
        await (await zhizao.PostAsync($"/api/bids/{joint}/membership/confirm")).ShouldBeOkAsync();
        (await AnswersAsync(university, joint)).ShouldBe([MemberAnswer.Confirmed]);
    }

    private static async Task<List<MemberAnswer>> AnswersAsync(HttpClient lead, Guid bid) =>
        [.. (await lead.GetJsonAsync<BidView>($"/api/bids/{bid}")).Joint.ShouldNotBeNull().Members.Select(m => m.Answer)];

    /// <summary>The JointBidNamed notices of a member about the bid, once there are <paramref name="count"/>: never more.</summary>
    private static async Task<List<NoticeMessage>> NamedAsync(HttpClient member, Guid bid, int count)
    {
        var named = await Poll.UntilAsync(
            async () => (await NoticesAsync(member, bid)).Where(n => n.Kind == NoticeKind.JointBidNamed).ToList(),
            n => n.Count >= count, $"{count} {NoticeKind.JointBidNamed} notices about bid {bid}");
        named.Count.ShouldBe(count);
        return named;
    }

    private static async Task<List<NoticeMessage>> NoticesAsync(HttpClient client, Guid bid) =>
        [.. (await NoticeList.AllAsync(client)).Where(n => n.SubjectId == bid)];

    private static Task<NoticeMessage> NoticeAsync(HttpClient client, Guid bid, NoticeKind kind, Func<NoticeMessage, bool>? also = null) =>
        Poll.UntilAsync(
            async () => (await NoticesAsync(client, bid)).FirstOrDefault(n => n.Kind == kind && (also?.Invoke(n) ?? true)),
            n => n is not null, $"A {kind} notice about bid {bid}").ContinueWith(t => t.Result!, TaskScheduler.Default);
}
