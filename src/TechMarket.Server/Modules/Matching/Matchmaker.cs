using System.Diagnostics;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Options;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Profiles;
using TechMarket.Server.Modules.Search;

namespace TechMarket.Server.Modules.Matching;

/// <summary>
/// Computes the matches of one committed event — an accepted need, a published challenge or achievement — and answers the new ones
/// as <see cref="MatchFound"/> events for the caller (the daemon's subscription) to append; never called from a request.
/// It first waits for this node's index to have applied every event before it, so everything published earlier is a
/// candidate. A pair matched once is not matched again. A published achievement is matched the other way: the
/// enterprises whose open needs it fits; a repriced one is matched again — newcomers are found, known pairs rescored.
/// </summary>
public sealed class Matchmaker(SearchIndex index, IOptions<MatchingOptions> options, ILogger<Matchmaker> logger)
{
    /// <summary>The events whose subject is matched (<see cref="ForEventAsync"/>): an accepted need, a published or
    /// republished challenge, a published or repriced achievement.</summary>
    public static readonly IReadOnlyList<Type> Subjects =
        [typeof(NeedAccepted), typeof(ChallengePublished), typeof(ChallengeRepublished), typeof(AchievementPublished), typeof(AchievementPriceChanged)];

    public static bool Matches(object data) => Subjects.Contains(data.GetType());

    /// <summary>The new pairs (<see cref="MatchFound"/>) and, for a repriced achievement, the known pairs whose score,
    /// reasons or item moved (<see cref="MatchRescored"/>), for the caller to append; and the matches to tell of once
    /// they are appended. <paramref name="steps"/>, when given, receives the ranking's steps (the push path's timeline).</summary>
    public async Task<EventMatches> ForEventAsync(IQuerySession session, IEvent e, CancellationToken ct, RankingSteps? steps = null)
    {
        // Everything before the event must be in the index; the event itself never adds a candidate (a need or a
        // challenge is matched against achievements and profiles, an achievement against needs), so the matcher need
        // not wait for it to be indexed. The feeder applies what the wait asks for, and leaves the rest (the subject
        // itself, which no candidate needs) until the ranking is done, so that the two do not share the cores
        // (IndexProgress.Hold). Asked first, the feeder reads while the subject, its known pairs and the brokers are read here,
        // in one round trip: nothing is read after the ranking.
        var started = Stopwatch.GetTimestamp();
        var before = e.Sequence - 1;
        using var hold = index.Progress.Hold();
        var indexed = index.WaitForAsync(before, TimeSpan.FromSeconds(options.Value.IndexWaitSeconds), ct);
        var read = await ReadAsync(session, e, ct);
        var subject = read.Subject;
        var known = read.Known.ToDictionary(m => m.CounterpartId);
        // Told of: the pairs found for this very event — those appended the first time it was handled (a replay after a
        // crash between the matches' commit and the page's) and the new ones, as the inline projection reads them.
        IReadOnlyList<MatchDetails> Told(IEnumerable<MatchFound> fresh) =>
            [.. known.Values.Where(m => m.FoundFor == e.Sequence), .. fresh.Select(f => MatchDetailsProjection.Evolve(null, f)!)];

        if (!await indexed)
        {
            logger.LogWarning("Matching {Event} of {Id} on an index {Behind} events behind", e.EventTypeName, e.StreamId, before - index.AppliedThrough);
        }

        if (subject is null)
        {
            return new([], Told([]), null);
        }

        var waited = Stopwatch.GetElapsedTime(started);
        steps ??= new RankingSteps();
        steps.IndexWait = waited.TotalMilliseconds;
        var counterparts = (subject.Offer is { } offer
            ? EnterpriseCandidates(subject, offer, DateOnly.FromDateTime(e.Timestamp.UtcDateTime), e.Sequence, e.Timestamp, steps)
            : UniversityCandidates(subject, e.Sequence, e.Timestamp, steps)).ToList();
        var ranked = Stopwatch.GetElapsedTime(started);
        hold.Dispose();
        var brokers = subject.Offer is null ? Brokers(read.Brokers, subject, e.Sequence, e.Timestamp) : [];
        var matched = known.Keys.ToHashSet();
        var fresh = Above(counterparts).Concat(brokers).Where(m => matched.Add(m.CounterpartId)).ToList();
        // A repricing changes what the price part of every known pair says, so each one still among the candidates is
        // scored again, whatever its score now (a pair is never taken back; it may fall under the threshold).
        IReadOnlyList<MatchEvent> rescored = e.Data is AchievementPriceChanged
            ? [.. counterparts.Select(c => Rescored(known.GetValueOrDefault(c.Found.CounterpartId), c.Found, e.Sequence, e.Timestamp)).OfType<MatchRescored>()]
            : [];
        steps.Reads = (Stopwatch.GetElapsedTime(started) - ranked).TotalMilliseconds;
        logger.LogDebug("Matched {Kind} {Id}: {Waited:0} ms waiting for the index, {Ranked:0} ms ranking ({Steps}), {Read:0} ms after it, {Count} new, {Rescored} rescored",
            subject.Kind, subject.Id, waited.TotalMilliseconds, (ranked - waited).TotalMilliseconds, steps, (Stopwatch.GetElapsedTime(started) - ranked).TotalMilliseconds,
            fresh.Count, rescored.Count);
        return new([.. fresh, .. rescored], Told(fresh), subject);
    }

    /// <summary>What an event's matching found: the events to append, the matches to tell of once they are, and the
    /// subject as it was read (none when it is no longer matched: a need withdrawn or a challenge closed since).</summary>
    public sealed record EventMatches(IReadOnlyList<MatchEvent> Changes, IReadOnlyList<MatchDetails> Told, MatchSubject? Subject);

    /// <summary>A known pair's new score, reasons and item, or null when nothing moved (so a replay writes nothing).</summary>
    private static MatchRescored? Rescored(MatchDetails? known, MatchFound now, long sequence, DateTimeOffset at) =>
        known is null || (known.Score == now.Score && known.ItemId == now.ItemId && known.Reasons.SequenceEqual(now.Reasons))
            ? null
            : new MatchRescored(known.Id, now.ItemId, now.ItemTitle, now.Score, now.Reasons, sequence, at);

    /// <summary>Counterparts from the threshold on, at most <c>MaxPerSubject</c> of them, best first.</summary>
    private IEnumerable<MatchFound> Above(IEnumerable<(MatchFound Found, double Score)> candidates) =>
        candidates.Where(c => c.Score >= options.Value.MinimumScore).Take(options.Value.MaxPerSubject).Select(c => c.Found);

    /// <summary>Every university or institute among the candidates, its best item speaking for it, best first.</summary>
    private IEnumerable<(MatchFound Found, double Score)> UniversityCandidates(MatchSubject subject, long foundFor, DateTimeOffset at, RankingSteps? steps = null) =>
        MatchFinder.RankOffers(index, subject.Text, subject.Want, options.Value.CandidatePool, steps: steps)
            .Where(c => c.Document.OrganisationKind is { } kind && subject.Kinds.Contains(kind))
            .Where(c => subject.Districts.Count == 0 || subject.Districts.Contains(c.Document.District))
            .GroupBy(c => c.Document.OrganisationId)
            .Select(g => g.First()) // ranked best first: the organisation's best item speaks for it
            .Select(best => (Found(subject, MatchCounterpartKind.University, best.Document.OrganisationId, best.Document.OrganisationName,
                best.Document.District, best.Document.Kind == SearchKind.Achievement ? best.Document : null, best.Scored, foundFor, at), best.Scored.Score));

    private static IEnumerable<MatchFound> Brokers(IReadOnlyList<BrokerInterestDetails> brokers, MatchSubject subject, long foundFor, DateTimeOffset at)
    {
        return brokers
            .Select(b => (Broker: b, Fit: BrokerFit.Score(b.Fields, b.Districts, subject.Field, subject.District)))
            .Where(b => b.Fit is not null)
            .Select(b => Found(subject, MatchCounterpartKind.Broker, b.Broker.BrokerId, b.Broker.BrokerName, string.Empty, null, b.Fit!, foundFor, at));
    }

    /// <summary>For a published achievement: the enterprises whose open needs it fits, best need first (the need is
    /// the match's item).</summary>
    public IEnumerable<MatchFound> Enterprises(MatchSubject subject, Offer offer, DateOnly today, long foundFor, DateTimeOffset at) =>
        Above(EnterpriseCandidates(subject, offer, today, foundFor, at));

    private IEnumerable<(MatchFound Found, double Score)> EnterpriseCandidates(
        MatchSubject subject, Offer offer, DateOnly today, long foundFor, DateTimeOffset at, RankingSteps? steps = null) =>
        MatchFinder.RankNeeds(index, subject.Text, offer, today, options.Value.CandidatePool, steps: steps)
            .GroupBy(c => c.Document.OrganisationId)
            .Select(g => g.First())
            .Select(best => (Found(subject, MatchCounterpartKind.Enterprise, best.Document.OrganisationId, best.Document.OrganisationName,
                best.Document.District, best.Document, best.Scored, foundFor, at), best.Scored.Score));

    private static MatchFound Found(
        MatchSubject subject, MatchCounterpartKind kind, Guid counterpart, string name, string district, SearchDocument? item, Scored scored, long foundFor, DateTimeOffset at) =>
        new(Guid.CreateVersion7(), subject.Kind, subject.Id, subject.Title, subject.OrganisationId, subject.OrganisationName, subject.District, kind, counterpart, name, district,
            item?.Id, item?.Title, (decimal)Math.Round(scored.Score, 4), scored.Reasons, foundFor, at);

    /// <summary>What the matching reads of the database, in one round trip: the subject (read as it is now), the pairs
    /// already known for it, and — for a need or a challenge, which brokers are matched to — the brokers' interests.</summary>
    private sealed record Read(MatchSubject? Subject, IReadOnlyList<MatchDetails> Known, IReadOnlyList<BrokerInterestDetails> Brokers);

    private async Task<Read> ReadAsync(IQuerySession session, IEvent e, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var need = e.Data is NeedAccepted ? batch.Load<NeedDetails>(e.StreamId) : null;
        var challenge = e.Data is ChallengePublished or ChallengeRepublished ? batch.Load<ChallengeDetails>(e.StreamId) : null; // 重新发榜 opens it to newcomers too
        var achievement = e.Data is AchievementPublished or AchievementPriceChanged ? batch.Load<AchievementDetails>(e.StreamId) : null;
        var known = batch.Query<MatchDetails>().Where(m => m.SubjectId == e.StreamId).ToList();
        var brokers = achievement is null ? batch.Query<BrokerInterestDetails>().ToList() : Task.FromResult<IReadOnlyList<BrokerInterestDetails>>([]);
        await batch.Execute(ct);
        var subject = need is not null ? Need(await need)
            : challenge is not null ? Challenge(await challenge)
            : achievement is not null ? Achievement(await achievement)
            : null;
        return new(subject, await known, await brokers);
    }

    private MatchSubject? Need(NeedDetails? loaded)
    {
        if (loaded is not { Status: NeedStatus.Accepted } need)
        {
            return null; // withdrawn or changed since: nothing to match any more
        }

        // Public parts only: the title and the public summary, never the description or the confidential details.
        var text = $"{need.Title}\n{need.PublicSummary}";
        var today = DateOnly.FromDateTime((need.AcceptedAt ?? need.UpdatedAt).UtcDateTime);
        var want = new Want(TextTerms.Of(index.Analyzer, text), [need.Field], need.BudgetMax, MatchScoring.DesiredTrl(need.DesiredDelivery, today), need.District);
        return new MatchSubject(MatchSubjectKind.Need, need.Id, need.Title, need.OrganisationId, need.OrganisationName, need.District, need.Field, text, want,
            [OrganisationKind.University, OrganisationKind.Institute], []);
    }

    private MatchSubject? Achievement(AchievementDetails? loaded)
    {
        if (loaded is not { Withdrawn: false } achievement)
        {
            return null; // withdrawn since: nothing to match any more
        }

        // What the hall shows: the title and the summary.
        var text = $"{achievement.Title}\n{achievement.Summary}";
        var offer = new Offer(OfferKind.Achievement, TextTerms.Of(index.Analyzer, text), [achievement.Field], achievement.Trl, achievement.AskingPrice,
            achievement.Trial is not null, achievement.District);
        return new MatchSubject(MatchSubjectKind.Achievement, achievement.Id, achievement.Title, achievement.OrganisationId, achievement.OrganisationName,
            achievement.District, achievement.Field, text, new Want([], offer.Fields, null, null, achievement.District), [OrganisationKind.Enterprise], [], offer);
    }

    /// <summary>A challenge asks for development (研发): a validated principle will do, so it wants TRL 4.</summary>
    public const int ChallengeDesiredTrl = 4;

    private MatchSubject? Challenge(ChallengeDetails? loaded)
    {
        if (loaded is not { Status: ChallengeStatus.Published } challenge)
        {
            return null;
        }

        var terms = challenge.Terms;
        var text = $"{terms.Title}\n{terms.PublicSummary}\n{terms.Requirements}";
        var want = new Want(TextTerms.Of(index.Analyzer, text), [terms.Field], challenge.Bounty, ChallengeDesiredTrl, challenge.District);
        var kinds = terms.Eligibility.Kinds.Where(k => k != OrganisationKind.Enterprise).ToList();
        return new MatchSubject(MatchSubjectKind.Challenge, challenge.Id, terms.Title, null, string.Empty, challenge.District, terms.Field, text, want,
            kinds.Count > 0 ? kinds : [OrganisationKind.University, OrganisationKind.Institute], terms.Eligibility.Districts);
    }
}
