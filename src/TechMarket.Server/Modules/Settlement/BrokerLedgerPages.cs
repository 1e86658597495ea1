using Marten;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>
/// 奖励台账 a page at a time: a broker's lines, newest first, walking the (broker, recorded at, id) index backwards so
/// the page stops at its LIMIT (SettlementModule); and the ledger's figures — its line count and the reward it sums to —
/// in one aggregate over the broker's lines, sought by the same index's leading column. The ledger grows by a line or
/// two with every payment a broker is credited on, so neither is read whole per request.
/// </summary>
public static class BrokerLedgerPages
{
    private const string Table = $"{MartenSetup.Schema}.mt_doc_broker_ledger";

    /// <summary>When a line was recorded, a duplicated column, as the ledger index holds it.</summary>
    private const string Recorded = "d.at";

    /// <summary>The ledger's figures as the aggregate answers them.</summary>
    public sealed record Figures(long Count, decimal Reward);

    public static async Task<(IReadOnlyList<BrokerLedgerEntry> Items, Figures Figures)> PageAsync(
        IQuerySession session, Guid broker, int page, int pageSize, CancellationToken ct)
    {
        var rows = PageStatement(broker, page, pageSize);
        var figures = FiguresStatement(broker);
        var items = await session.QueryAsync<BrokerLedgerEntry>(rows.Sql, ct, rows.Parameters);
        return (items, (await session.QueryAsync<Figures>(figures.Sql, ct, figures.Parameters)).Single());
    }

    /// <summary>One page, the latest recorded first (ties by id, so pages never overlap).</summary>
    public static SqlStatement PageStatement(Guid broker, int page, int pageSize) => new(
        $"select d.data from {Table} as d where d.broker_id = ? order by {Recorded} desc, d.id desc offset ? limit ?",
        [broker, (page - 1) * pageSize, pageSize]);

    /// <summary>The line count and the reward sum in one statement (a reversal's reward is negative, so it nets out);
    /// one JSON row, which Marten reads as <see cref="Figures"/>.</summary>
    public static SqlStatement FiguresStatement(Guid broker) => new(
        $"select jsonb_build_object('count', count(*), 'reward', coalesce(sum((d.data ->> 'reward')::numeric), 0)) from {Table} as d where d.broker_id = ?",
        [broker]);
}
