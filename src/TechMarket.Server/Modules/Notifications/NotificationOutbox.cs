using Marten;
using Marten.Services;
using TechMarket.Server.Infrastructure.Realtime;
using TechMarket.Server.Modules.Matching;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>
/// What one page of events gives to tell. Notices per user are numbered and committed in a transaction of their own,
/// with the matches they tell of, and pushed as soon as it commits (<see cref="TellAsync"/>); board changes and ticker
/// moves ride the page's own transaction (the one that records its progress) and are pushed after it commits
/// (<see cref="IChangeListener.AfterCommitAsync"/>). A push never tells of anything that might still roll back. A node
/// that dies after the notices' commit and before the page's handles the page again: its notices are found told (the
/// users' counters) and its matches known, so nothing is told twice. One that dies between a commit and its push loses
/// the push, not the notice: the client catches up on reconnecting.
/// </summary>
public sealed class NotificationOutbox(IRealtimePush push, ILogger logger, DateTimeOffset? lastEventAt, PushTimeline? timeline = null) : IChangeListener
{
    private readonly List<(Guid User, Notification Notice)> _pending = [];
    private readonly List<BoardChanged> _boards = [];
    private readonly List<(string Ticker, TickerMoved Move)> _tickers = [];

    /// <summary>The notices pushed so far.</summary>
    public int Told { get; private set; }

    public void Notify(IEnumerable<Guid> users, long eventSequence, NoticeKind kind, Guid subjectId, string title, DateTimeOffset at, Dictionary<string, string>? values = null)
    {
        foreach (var user in users.Distinct())
        {
            _pending.Add((user, new Notification
            {
                Id = Guid.CreateVersion7(), UserId = user, Kind = kind, SubjectId = subjectId, Title = title, At = at, Values = values ?? [],
                Sequence = eventSequence, // the event's sequence until TellAsync gives the user's own
            }));
        }
    }

    public void Board(BoardChanged change) => _boards.Add(change);

    /// <summary>Queues ticker moves, each for "ticker:&lt;district or city&gt;".</summary>
    public void Ticker(IEnumerable<(string Ticker, TickerMoved Move)> moves) => _tickers.AddRange(moves);

    /// <summary>
    /// Commits the notices queued so far with <paramref name="changes"/> (the matches they tell of, appended) in one
    /// transaction of its own, then pushes them: a told match is a stored one. Each user's notices are numbered after the
    /// last stored one; a notice from an event the user already had one from (a page handled again after a crash, or
    /// after an operator rewound the subscription) is dropped.
    /// </summary>
    public async Task TellAsync(IDocumentStore store, IReadOnlyList<MatchEvent> changes, CancellationToken ct)
    {
        if (_pending.Count == 0 && changes.Count == 0)
        {
            return;
        }

        await using var session = store.LightweightSession();
        foreach (var change in changes)
        {
            if (change is MatchFound match)
            {
                session.Events.StartStream<Match>(match.MatchId, match);
            }
            else
            {
                session.Events.Append(change.MatchId, change);
            }
        }

        var told = await NumberAsync(session, ct);
        await session.SaveChangesAsync(ct);
        timeline?.Step("commit");
        Told += told.Count;
        var started = DateTimeOffset.UtcNow;
        var first = true;
        foreach (var notice in told)
        {
            await push.ToUsersAsync([notice.UserId], "notice", NoticeMessage.From(notice), ct);
            if (first)
            {
                timeline?.Step("first_send");
                first = false;
            }
        }

        if (lastEventAt is { } at && told.Count > 0)
        {
            logger.LogDebug("Pushed {Notices} notices {Age:0} ms after the page's last event was appended, in {Pushing:0} ms",
                told.Count, (started - at).TotalMilliseconds, (DateTimeOffset.UtcNow - started).TotalMilliseconds);
        }
    }

    /// <summary>Numbers the queued notices per user in the session that stores them (with the counters), and answers
    /// those kept.</summary>
    private async Task<List<Notification>> NumberAsync(IDocumentSession session, CancellationToken ct)
    {
        var users = _pending.Select(p => p.User).Distinct().ToArray();
        if (users.Length == 0)
        {
            return [];
        }

        var counters = (await session.LoadManyAsync<NotificationCounter>(ct, users)).ToDictionary(c => c.Id);
        timeline?.Step("numbering");
        var kept = new List<Notification>();
        foreach (var (user, notice) in _pending)
        {
            var counter = counters.GetValueOrDefault(user) ?? (counters[user] = new NotificationCounter { Id = user });
            var eventSequence = notice.Sequence;
            if (eventSequence <= counter.LastEventSequence)
            {
                continue; // one notice per user and event: this event was told to this user already
            }

            counter.LastEventSequence = eventSequence;
            notice.Sequence = ++counter.LastSequence;
            session.Store(notice);
            kept.Add(notice);
        }

        session.Store(counters.Values.ToArray());
        _pending.Clear();
        return kept;
    }

    public Task BeforeCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) => Task.CompletedTask;

    public async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var board in _boards.GroupBy(b => b.ChallengeId).Select(g => g.Last()))
        {
            await push.ToChannelAsync(Channels.Of(BoardChannel.KindName, board.ChallengeId.ToString()), "board", board, token);
        }

        foreach (var (ticker, move) in _tickers)
        {
            await push.ToChannelAsync(Channels.Of(TickerChannel.KindName, ticker), "ticker", move, token);
        }

        if (lastEventAt is { } at && _boards.Count + _tickers.Count > 0)
        {
            logger.LogDebug("Pushed {Boards} boards and {Tickers} ticker moves {Age:0} ms after the page's last event was appended",
                _boards.Count, _tickers.Count, (DateTimeOffset.UtcNow - at).TotalMilliseconds);
        }
    }
}
