using System.Text.Json;
using Marten;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.Server.Modules.Bids;

/// <summary>What "my bids" may be narrowed to: a bid's status, and one challenge (the bid form looks up the bid the
/// organisation already has there).</summary>
public sealed record MyBidsFilter(BidStatus? Status = null, Guid? ChallengeId = null);

/// <summary>
/// 我的申报, a page at a time: the bids an organisation leads or is named in as a joint-bid member, last changed first.
/// One statement could say "leads OR is named" and sort, but PostgreSQL answers an OR from two indexes only as a bitmap,
/// which has no order: it reads and sorts every bid of the organisation (34,400 for the bench's bidder at 1,000,000
/// events) to return twenty. So the two halves are asked separately, each ordered and cut at the page's end: the bids it
/// leads walk the (organisation, last change, id) index backwards and stop there; the joint bids that name it (few: a
/// member is named by another organisation's lead) come from the members' GIN index and are sorted. PostgreSQL merges
/// the two ordered halves (a Merge Append) and skips to the page. (Without the cut in each half PostgreSQL 15 does not
/// merge a UNION ALL in order: it appends both halves whole and sorts them.) The total is its own statement, counted
/// from the same indexes (the organisation's half from the index alone). docs/ARCHITECTURE.md, "Indexes for the board
/// and my bids".
/// </summary>
public static class MyBids
{
    private const string Table = $"{MartenSetup.Schema}.mt_doc_bid_details";

    /// <summary>The last change, a duplicated column, as the (organisation, last change, id) index holds it (BidsModule).</summary>
    private const string Changed = "d.last_changed_at";

    public static async Task<(IReadOnlyList<BidDetails> Items, long Total)> PageAsync(
        IQuerySession session, Guid organisation, MyBidsFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var rows = PageStatement(organisation, filter, page, pageSize);
        var count = CountStatement(organisation, filter);
        var items = await session.QueryAsync<BidDetails>(rows.Sql, ct, rows.Parameters);
        var total = (await session.QueryAsync<long>(count.Sql, ct, count.Parameters)).Single();
        return (items, total);
    }

    /// <summary>One page, newest change first (ties by id, so pages never overlap).</summary>
    public static SqlStatement PageStatement(Guid organisation, MyBidsFilter filter, int page, int pageSize)
    {
        const string order = $"order by {Changed} desc, d.id desc";
        var (led, named, parameters) = Halves(organisation, filter, $"d.data, {Changed} as changed, d.id");
        var end = page * pageSize;
        var sql = $"""
            select b.data from (({led} {order} limit ?) union all ({named} {order} limit ?)) as b
            order by b.changed desc, b.id desc offset ? limit ?
            """;
        return new SqlStatement(sql, [.. parameters.Led, end, .. parameters.Named, end, (page - 1) * pageSize, pageSize]);
    }

    /// <summary>How many bids the filter leaves, both halves together.</summary>
    public static SqlStatement CountStatement(Guid organisation, MyBidsFilter filter)
    {
        var (led, named, parameters) = Halves(organisation, filter, "1");
        return new SqlStatement($"select count(*) from (({led}) union all ({named})) as b", [.. parameters.Led, .. parameters.Named]);
    }

    /// <summary>The bids it leads, and the joint bids that name it (never its own: a lead does not name itself, and the
    /// second half says so, so no bid is counted twice).</summary>
    private static (string Led, string Named, (object[] Led, object[] Named) Parameters) Halves(Guid organisation, MyBidsFilter filter, string columns)
    {
        var (narrowing, values) = Narrowing(filter);
        var member = JsonSerializer.Serialize(new[] { organisation });
        var led = $"select {columns} from {Table} as d where d.organisation_id = ?{narrowing}";
        var named = $"select {columns} from {Table} as d where d.data -> 'memberIds' @> ?::jsonb and d.organisation_id <> ?{narrowing}";
        return (led, named, ([organisation, .. values], [member, organisation, .. values]));
    }

    private static (string Sql, object[] Values) Narrowing(MyBidsFilter filter)
    {
        var sql = string.Empty;
        var values = new List<object>();
        if (filter.Status is { } status)
        {
            sql += " and d.data ->> 'status' = ?";
            values.Add(status.ToString());
        }

        if (filter.ChallengeId is { } challenge)
        {
            // The same expression as the challenge index (BidsModule), so a bid form's look-up reads one or two rows.
            sql += " and CAST(d.data ->> 'challengeId' as uuid) = ?";
            values.Add(challenge);
        }

        return (sql, [.. values]);
    }
}
