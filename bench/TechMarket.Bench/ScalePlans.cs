using System.Globalization;
using System.Text;
using Npgsql;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Modules.Bids;

namespace TechMarket.Bench;

/// <summary>
/// With --events: PostgreSQL's plans (EXPLAIN ANALYZE, BUFFERS) of the board's and "my bids"' statements on the grown
/// store — as the server sends them now, and as it sent them before their indexes (issue 14, third round), on the same
/// rows. The statements are the server's, copied from Marten's command text (ChallengeQueries.Board through
/// Paging.PageAsync) or taken from the server's own code (MyBids, the paged "my bids"); the organisation is the one
/// named in the most bids.
/// </summary>
internal static class ScalePlans
{
    private const string Schema = "techmarket";

    public static async Task<string> ExplainAsync(string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(ct);
        await using (var analyze = new NpgsqlCommand($"analyze {Schema}.mt_doc_bid_details; analyze {Schema}.mt_doc_challenge_details", connection))
        {
            await analyze.ExecuteNonQueryAsync(ct);
        }

        Guid organisation;
        await using (var busiest = new NpgsqlCommand(
                         $"select (data ->> 'organisationId')::uuid from {Schema}.mt_doc_bid_details group by 1 order by count(*) desc limit 1", connection))
        {
            organisation = (Guid)(await busiest.ExecuteScalarAsync(ct))!;
        }

        var named = $$"""["{{organisation}}"]""";
        var plans = new StringBuilder();
        foreach (var (label, sql) in Statements(organisation, named))
        {
            plans.AppendLine($"{label}:");
            await using var explain = new NpgsqlCommand("explain (analyze, buffers) " + sql, connection);
            await using var reader = await explain.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                plans.Append("    ").AppendLine(reader.GetString(0));
            }
        }

        return plans.ToString();
    }

    private static IEnumerable<(string Label, string Sql)> Statements(Guid organisation, string named)
    {
        const string visible = "d.status != 'Draft' and d.status != 'Cancelled'";
        yield return ("board page, now (its own count below)",
            $"select d.data from {Schema}.mt_doc_challenge_details as d where ({visible}) order by d.published_at desc, d.id OFFSET 0 LIMIT 20");
        yield return ("board count, now", $"select count(*) as number from {Schema}.mt_doc_challenge_details as d where ({visible})");
        yield return ("board, before (status and publication read from the JSON, the total by count(*) over ())",
            $"select d.data, count(*) OVER() as total_rows from {Schema}.mt_doc_challenge_details as d where (d.data ->> 'status' != 'Draft' and d.data ->> 'status' != 'Cancelled') " +
            $"order by {Schema}.mt_immutable_timestamptz(d.data ->> 'publishedAt') desc, d.id OFFSET 0 LIMIT 20");
        yield return ("my bids, first page now (the led half walks its index to the page's end; merged with the joint bids)",
            Inline(MyBids.PageStatement(organisation, new MyBidsFilter(), 1, 20)));
        yield return ("my bids, total now", Inline(MyBids.CountStatement(organisation, new MyBidsFilter())));
        yield return ("my bids, before paging (every bid of the organisation, sorted)",
            $"select d.data from {Schema}.mt_doc_bid_details as d where (CAST(d.data ->> 'organisationId' as uuid) = '{organisation}' or d.data -> 'memberIds' @> '{named}'::jsonb) " +
            $"order by {Schema}.mt_immutable_timestamptz(d.data ->> 'lastChangedAt') desc");
    }

    /// <summary>The statement with its values written in, for EXPLAIN.</summary>
    private static string Inline(SqlStatement statement)
    {
        var sql = new StringBuilder();
        var next = 0;
        foreach (var c in statement.Sql)
        {
            sql.Append(c != '?' ? c.ToString() : statement.Parameters[next++] switch
            {
                Guid id => $"'{id}'::uuid",
                int n => n.ToString(CultureInfo.InvariantCulture),
                string text => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'",
                var other => throw new NotSupportedException($"A {other.GetType().Name} in the my-bids statement."),
            });
        }

        return sql.ToString();
    }
}
