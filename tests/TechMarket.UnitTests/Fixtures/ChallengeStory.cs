using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;

namespace TechMarket.UnitTests.Fixtures;

/// <summary>
/// A challenge's history, told step by step: <c>Given.AChallenge().WithBids(3).Closed().WithExperts(3)...</c>.
/// Each step appends the events the real flow would; <see cref="State"/> and <see cref="Details"/> fold them with the
/// module's own folds. The bids are what the bids module tells the challenge of them (<see cref="ChallengeBid"/>).
/// </summary>
public sealed class ChallengeStory
{
    private readonly List<ChallengeEvent> _events = [];
    private readonly List<ChallengeBid> _bids = [];
    private readonly List<Actor> _experts = [];

    internal ChallengeStory(ChallengeTerms terms, string district, IReadOnlyList<decimal> funding, bool publish = true)
    {
        Funding = [.. funding.Select((amount, i) => new FundingShare(Guid.CreateVersion7(), Guid.CreateVersion7(), $"宁波企业{i + 1}", amount))];
        _events.Add(new ChallengeDrafted(Id, district, terms, Funding, Guid.CreateVersion7(), Given.Now.AddDays(-50)));
        if (publish)
        {
            ConfirmedByAll().Published();
        }
    }

    public Guid Id { get; } = Guid.CreateVersion7();

    public IReadOnlyList<FundingShare> Funding { get; }

    public IReadOnlyList<ChallengeEvent> Events => _events;

    public IReadOnlyList<ChallengeBid> Bids => _bids;

    public IReadOnlyList<Actor> Experts => _experts;

    public Challenge State => Given.Challenge(_events);

    /// <summary>The read model the queries and bid decisions use, projected from the same events.</summary>
    public ChallengeDetails Details => Given.ChallengeDetails(_events);

    public ChallengeStory ConfirmedBy(Guid enterpriseId) => Then(new FundingConfirmed(
        Id, enterpriseId, Funding.Where(f => f.EnterpriseId == enterpriseId).Sum(f => f.Amount), Guid.CreateVersion7(), Given.Now.AddDays(-45)));

    public ChallengeStory ConfirmedByAll() =>
        Funding.Select(f => f.EnterpriseId).Distinct().Aggregate(this, (story, enterprise) => story.ConfirmedBy(enterprise));

    /// <summary>发榜 at the moment bidding opens.</summary>
    public ChallengeStory Published() => Then(new ChallengePublished(Id, State.Bounty, Guid.CreateVersion7(), State.Terms.OpensAt));

    public ChallengeStory Cancelled(string reason = "The enterprise withdrew its funding") =>
        Then(new ChallengeCancelled(Id, reason, Guid.CreateVersion7(), Given.Now.AddDays(-1)));

    /// <summary>Bids from distinct universities, labelled A, B, C… at close; each later one was last changed an hour later.
    /// Each asks the budget given in its place, or else the most a winner can get.</summary>
    public ChallengeStory WithBids(int count, params decimal[] budgets)
    {
        var cap = FundingLimits.PerWinnerCap(State.Bounty, State.Terms);
        for (var i = 0; i < count; i++)
        {
            _bids.Add(new ChallengeBid(
                Guid.NewGuid(), Guid.CreateVersion7(), $"宁波大学{Label(i)}", Standing: true, $"sha256-{i}", Given.Now.AddDays(-20).AddHours(i),
                i < budgets.Length ? budgets[i] : cap));
        }

        return this;
    }

    /// <summary>A bid as the bids module tells it, e.g. a joint one with its members (联合答题).</summary>
    public ChallengeStory WithBid(ChallengeBid bid)
    {
        _bids.Add(bid);
        return this;
    }

    public ChallengeStory Closed() => Then(new BiddingClosed(
        Id, [.. _bids.Select((b, i) => new PublishedCommitment(Label(i), b.BidId, b.Commitment, b.LastChangedAt))], Given.Now.AddDays(-10)));

    public ChallengeStory WithExperts(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var expert = Actors.Expert(Guid.CreateVersion7());
            _experts.Add(expert);
            Then(new ExpertAssigned(Id, expert.UserId, $"Expert {i + 1}", Guid.CreateVersion7(), Given.Now.AddDays(-9)));
        }

        return this;
    }

    /// <summary>One expert's scores for a bid, in the order of <see cref="Given.Criteria"/>.</summary>
    public ChallengeStory Scored(string label, Actor expert, params int[] scores) => Then(new BidScored(
        Id, BidId(label), expert.UserId, [.. State.Terms.Criteria.Zip(scores, (c, s) => new CriterionScore(c.Key, s, null))], Given.Now.AddDays(-8)));

    /// <summary>Every assigned expert gives the bid the same scores.</summary>
    public ChallengeStory ScoredByAll(string label, params int[] scores) =>
        _experts.Aggregate(this, (story, expert) => story.Scored(label, expert, scores));

    public ChallengeStory WithFeedback(params string[] labels) => labels.Aggregate(this, (story, label) => story.Then(
        new FeedbackRecorded(Id, BidId(label), FeedbackReason.RankedBelowWinners, null, Guid.CreateVersion7(), Given.Now.AddDays(-7))));

    /// <summary>
    /// Reviewed by three experts, bid A best, B second and so on; feedback for every bid; then proposed by the real
    /// decision, so the results are what the bureau would get, and in publicity (公示) for the default days.
    /// </summary>
    public ChallengeStory InPublicity()
    {
        WithExperts(ChallengeOptions.DefaultMinimumReviews);
        for (var i = 0; i < _bids.Count; i++)
        {
            ScoredByAll(Label(i), 10 - i, 10 - i, 10 - i, 10 - i);
        }

        WithFeedback([.. _bids.Select((_, i) => Label(i))]);
        var award = new AwardChallenge(ChallengeOptions.DefaultMinimumReviews, ChallengeOptions.DefaultPublicityDays, Actors.Bureau(State.District), PublicityStarts);
        return Then(AwardChallenge.Decide(State, award, _bids).Events.ShouldHaveSingleItem());
    }

    /// <summary>When <see cref="InPublicity"/> proposes the award: its publicity ends a day before <see cref="Given.Now"/>.</summary>
    public static DateTimeOffset PublicityStarts => Given.Now.AddDays(-1 - ChallengeOptions.DefaultPublicityDays);

    /// <summary>In publicity without objections, then made final by the real decision once the publicity is over.</summary>
    public ChallengeStory Awarded()
    {
        InPublicity();
        return Then(FinaliseAward.Decide(State, new FinaliseAward(Actors.Bureau(State.District), Given.Now.AddDays(-1))).Events.ShouldHaveSingleItem());
    }

    /// <summary>An objection by the organisation of the given bid, during the publicity.</summary>
    public ChallengeStory Objected(string label, Guid objectionId, string reason = "评分存在明显错误") =>
        Then(new ObjectionLodged(Id, objectionId, Bid(label).OrganisationId, reason, Guid.CreateVersion7(), PublicityStarts.AddDays(1)));

    public ChallengeStory Gate(int stage, params (string Label, StageOutcome Outcome)[] decisions) => Then(new StageGateReviewed(
        Id, stage, [.. decisions.Select(d => new StageDecision(BidId(d.Label), d.Outcome, null))], Guid.CreateVersion7(), Given.Now.AddDays(-1)));

    /// <summary>成果交付 by the team with this label: a report and one file, as <see cref="DeliverResults"/> records it.</summary>
    public ChallengeStory Delivered(string label) => Then(new ResultsDelivered(
        Id, Guid.NewGuid(), BidId(label), label, Bid(label).OrganisationId, "中试线连续运行30天，指标全部达成。",
        [new DeliveredFile(Guid.NewGuid(), "交付报告.pdf", "application/pdf", 2048, "sha256-report")], Guid.CreateVersion7(), Given.Now.AddHours(-2)));

    public ChallengeStory Completed() => Then(new ChallengeCompleted(Id, Given.Now.AddHours(-1)));

    public ChallengeStory Failed(string reason = "No team met the pilot target") =>
        Then(new ChallengeFailed(Id, reason, Guid.CreateVersion7(), Given.Now.AddHours(-1)));

    /// <summary>Appends an event, as a decision emits it.</summary>
    public ChallengeStory Then(object e)
    {
        _events.Add(e.ShouldBeAssignableTo<ChallengeEvent>()!);
        return this;
    }

    public ChallengeBid Bid(string label) => _bids[label[0] - 'A'];

    public Guid BidId(string label) => Bid(label).BidId;

    public static string Label(int index) => ((char)('A' + index)).ToString();
}
