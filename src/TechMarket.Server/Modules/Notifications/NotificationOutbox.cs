using Marten;
using Marten.Services;
using TechMarket.Server.Infrastructure.Realtime;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>
/// What one page of events gives to tell: notices per user (numbered here, stored with the page's transaction), board
/// changes and ticker moves. Pushed only after that transaction committed (<see cref="IChangeListener.AfterCommitAsync"/>): a
/// push never tells of anything that might still roll back. A node that dies between the commit and the push loses
/// the push, not the notice: the client catches up on reconnecting.
/// </summary>
public sealed class NotificationOutbox(IRealtimePush push, ILogger logger, DateTimeOffset? lastEventAt, PushTimeline? timeline = null) : IChangeListener
{
    private readonly List<(Guid User, Notification Notice)> _pending = [];
    private readonly List<BoardChanged> _boards = [];
    private readonly List<(string Ticker, TickerMoved Move)> _tickers = [];

    public bool IsEmpty => _pending.Count == 0 && _boards.Count == 0 && _tickers.Count == 0;

    public void Notify(IEnumerable<Guid> users, long eventSequence, NoticeKind kind, Guid subjectId, string title, DateTimeOffset at, Dictionary<string, string>? values = null)
    {
        foreach (var user in users.Distinct())
        {
            _pending.Add((user, new Notification
            {
                Id = Guid.CreateVersion7(), UserId = user, Kind = kind, SubjectId = subjectId, Title = title, At = at, Values = values ?? [],
                Sequence = eventSequence, // the event's sequence until Number() gives the user's own
            }));
        }
    }

    public void Board(BoardChanged change) => _boards.Add(change);

    /// <summary>Queues ticker moves, each for "ticker:&lt;district or city&gt;".</summary>
    public void Ticker(IEnumerable<(string Ticker, TickerMoved Move)> moves) => _tickers.AddRange(moves);

    /// <summary>Numbers the notices per user after the last stored one and queues them (and the counters) for the
    /// transaction. One notice per user and event: another from an event the user already had one from (a replayed
    /// page after an operator rewound the subscription) is dropped.</summary>
    public async Task NumberAsync(IDocumentOperations operations, IQuerySession reader, CancellationToken ct)
    {
        var users = _pending.Select(p => p.User).Distinct().ToArray();
        if (users.Length == 0)
        {
            return;
        }

        var counters = (await reader.LoadManyAsync<NotificationCounter>(ct, users)).ToDictionary(c => c.Id);
        var kept = new List<(Guid, Notification)>();
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
            operations.Store(notice);
            kept.Add((user, notice));
        }

        operations.Store(counters.Values.ToArray());
        _pending.Clear();
        _pending.AddRange(kept);
    }

    public Task BeforeCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) => Task.CompletedTask;

    public async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var started = DateTimeOffset.UtcNow;
        timeline?.Step("commit");
        var first = true;
        foreach (var (user, notice) in _pending)
        {
            await push.ToUsersAsync([user], "notice", NoticeMessage.From(notice), token);
            if (first)
            {
                timeline?.Step("first_send");
                first = false;
            }
        }

        foreach (var board in _boards.GroupBy(b => b.ChallengeId).Select(g => g.Last()))
        {
            await push.ToChannelAsync(Channels.Of(BoardChannel.KindName, board.ChallengeId.ToString()), "board", board, token);
        }

        foreach (var (ticker, move) in _tickers)
        {
            await push.ToChannelAsync(Channels.Of(TickerChannel.KindName, ticker), "ticker", move, token);
        }

        if (lastEventAt is { } at && !IsEmpty)
        {
            logger.LogDebug("Pushed {Notices} notices, {Boards} boards and {Tickers} ticker moves {Age:0} ms after the page's last event was appended, in {Pushing:0} ms",
                _pending.Count, _boards.Count, _tickers.Count, (started - at).TotalMilliseconds, (DateTimeOffset.UtcNow - started).TotalMilliseconds);
        }

        if (timeline is { HasMatch: true })
        {
            timeline.Step("last_send");
            logger.LogDebug("Push timeline: notices={Notices} {Timeline}", _pending.Count, timeline);
        }
    }
}
