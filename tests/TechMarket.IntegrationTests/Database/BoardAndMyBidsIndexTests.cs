using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.IntegrationTests.Database;

/// <summary>
/// The board and "my bids" are answered from indexes, not by reading every document (at 10,000 challenges and 100,000
/// bids that took 280 ms and 1,852 ms). The statements are the endpoints' own, as Marten writes them; PostgreSQL is told
/// not to scan tables, so a plan without an index means no index fits the statement (a small test table would
/// otherwise be scanned whatever its indexes).
/// </summary>
public sealed class BoardAndMyBidsIndexTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task My_bids_walks_the_organisation_s_index_to_the_page_s_end_and_merges_the_joint_bids_from_the_members_index()
    {
        var organisation = Guid.NewGuid();

        // On a test-sized table sorting a few rows beats walking any index, so a second plan prices sorts out to show
        // which index hands the led half over in order (at 100,000 bids it is chosen by itself: docs/PERFORMANCE.md).
        var ordered = await PlanAsync(Command(MyBids.PageStatement(organisation, new MyBidsFilter(), 3, 20)), "{0}", "enable_sort = off");
        var page = await PlanAsync(Command(MyBids.PageStatement(organisation, new MyBidsFilter(), 3, 20)));
        var count = await PlanAsync(Command(MyBids.CountStatement(organisation, new MyBidsFilter())));

        ordered.ShouldContain("Index Scan Backward using mt_doc_bid_details_idx_my_bids", customMessage: ordered);
        ordered.ShouldContain("Index Cond: (organisation_id =", customMessage: ordered); // sought, not filtered on the walk
        page.ShouldContain("Merge Append", customMessage: page); // the two halves arrive in order and are merged under the LIMIT
        page.ShouldContain("mt_doc_bid_details_idx_memberids_gin", customMessage: page);
        page.ShouldNotContain("Seq Scan", customMessage: page);
        count.ShouldContain("mt_doc_bid_details_idx_memberids_gin", customMessage: count);
        (count.Contains("mt_doc_bid_details_idx_organisation_id") || count.Contains("mt_doc_bid_details_idx_my_bids")).ShouldBeTrue(count);
        count.ShouldNotContain("Seq Scan", customMessage: count);
    }

    [Fact]
    public async Task The_my_bids_index_leads_with_the_organisation_then_the_last_change()
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var definition = new NpgsqlCommand("select indexdef from pg_indexes where indexname = 'mt_doc_bid_details_idx_my_bids'", connection);

        ((string?)await definition.ExecuteScalarAsync()).ShouldEndWith("(organisation_id, last_changed_at, id)");
    }

    /// <summary>Marten's positional placeholders as PostgreSQL's numbered ones.</summary>
    private static NpgsqlCommand Command(SqlStatement statement)
    {
        var sql = new System.Text.StringBuilder();
        var n = 0;
        foreach (var c in statement.Sql)
        {
            sql.Append(c == '?' ? $"${++n}" : c.ToString());
        }

        var command = new NpgsqlCommand(sql.ToString());
        foreach (var value in statement.Parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    [Fact]
    public async Task The_board_page_walks_the_publication_index_and_counts_from_the_status_index()
    {
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var board = ChallengeQueries.OnBoard(session, null);

        var page = await PlanAsync(board.OrderByDescending(c => c.PublishedAt).ThenBy(c => c.Id).Take(20).ToCommand());
        // Paging.PageAsync's own count statement, over the same filter.
        var count = await PlanAsync(ChallengeQueries.OnBoard(session, null).Select(c => c.Status).ToCommand(), "select count(*) from ({0}) as counted");

        page.ShouldContain("mt_doc_challenge_details_idx_published_at");
        page.ShouldNotContain("Seq Scan");
        count.ShouldContain("mt_doc_challenge_details_idx_status"); // index-only once vacuum marked the pages all-visible
        count.ShouldNotContain("Seq Scan");
    }

    private async Task<string> PlanAsync(NpgsqlCommand command, string wrap = "{0}", string? also = null)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var noScans = new NpgsqlCommand($"set local enable_seqscan = off{(also is null ? string.Empty : $"; set local {also}")}", connection, transaction))
        {
            await noScans.ExecuteNonQueryAsync();
        }

        var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, wrap, command.CommandText.TrimEnd(';'));
        await using var explain = new NpgsqlCommand("explain " + sql, connection, transaction);
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
