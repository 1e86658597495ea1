using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>
/// The seam between contracts and challenges. An award funds each winner what its bid asked for (capped at a winner's
/// share, <see cref="AwardChallenge"/>) — that funded amount is the contract amount; the funding enterprises are the
/// buyers (in proportion to their funding) and a horse race's stages are its funding plan. When the challenge rules
/// change (joint bids with members and shares), only <see cref="From"/> changes, not the contract decisions.
/// </summary>
public static class AwardSource
{
    public static AwardedWork From(ChallengeDetails challenge)
    {
        var stages = challenge.Terms.Stages;
        var winners = challenge.Results.Where(r => r.Won && !challenge.Eliminated.Contains(r.BidId)).Select(r => new AwardedTeam(
            r.BidId, r.OrganisationId, r.Funding,
            [.. stages.Select((s, i) => new AwardedStage(s.Name,
                StageFunding.ReleasedUpTo(r.Funding, stages, i + 1) - StageFunding.ReleasedUpTo(r.Funding, stages, i)))], r.Members));
        var funders = challenge.Funding.GroupBy(f => f.EnterpriseId).Select(g => new AwardFunder(g.Key, g.Sum(f => f.Amount)));
        return new AwardedWork(
            challenge.Id, challenge.Terms.Title, challenge.Terms.Field,
            challenge.Status is ChallengeStatus.Awarded or ChallengeStatus.InProgress, [.. funders], [.. winners]);
    }

    /// <summary>市场判题 through the contract: the challenge's own rule decides whether the acceptance counts (a horse
    /// race waits for its last stage gate; each funder accepts once), and what it decides commits with the milestone.</summary>
    /// <param name="own">The caller's organisation as the milestone's command read it (the challenge's rule refuses without it).</param>
    public static async Task AcceptResultsAsync(IDocumentSession session, Guid challengeId, Actor actor, Organisation? own, DateTimeOffset now, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Challenge>(challengeId, ct);
        if (stream.Aggregate is { } challenge && AcceptResults.Decide(challenge, new AcceptResults(null, [], null, actor, now, own)) is { IsRefused: false } decision)
        {
            stream.AppendMany(decision.Events);
        }
    }

    /// <summary>成果交付 through the contract: the seller's delivery of the contract's last milestone is its delivery of
    /// the challenge's results (the evidence stays on the contract; the report points to it).</summary>
    public static async Task DeliverResultsAsync(
        IDocumentSession session, Guid challengeId, string contract, int milestone, string note, Actor actor, Organisation? own, DateTimeOffset now, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Challenge>(challengeId, ct);
        var report = $"技术合同 {contract} 第 {milestone} 期交付（证明材料见合同）：{note.Trim()}";
        if (stream.Aggregate is { } challenge
            && DeliverResults.Decide(challenge, new DeliverResults(Guid.NewGuid(), report, [], actor, now, own)) is { IsRefused: false } decision)
        {
            stream.AppendMany(decision.Events);
        }
    }
}
