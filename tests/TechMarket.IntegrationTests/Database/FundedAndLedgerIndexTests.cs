using Npgsql;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Settlement;

namespace TechMarket.IntegrationTests.Database;

/// <summary>
/// 出资与验收 and a broker's ledger are answered from indexes, not by reading every challenge or every ledger line: the
/// statements are the endpoints' own, and PostgreSQL is told not to scan tables, so a plan without an index means no
/// index fits the statement (a small test table would otherwise be scanned whatever its indexes).
/// </summary>
public sealed class FundedAndLedgerIndexTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task The_funded_challenges_are_found_through_the_funders_index()
    {
        var enterprise = Guid.NewGuid();

        var page = await PlanAsync(FundedChallenges.PageStatement(enterprise, null, 2, 20).Sql, FundedChallenges.PageStatement(enterprise, null, 2, 20).Parameters);
        var count = await PlanAsync(FundedChallenges.CountStatement(enterprise, ChallengeStatus.Published).Sql, FundedChallenges.CountStatement(enterprise, ChallengeStatus.Published).Parameters);

        page.ShouldContain("mt_doc_challenge_details_idx_funderids_gin", customMessage: page);
        page.ShouldNotContain("Seq Scan", customMessage: page);
        count.ShouldContain("mt_doc_challenge_details_idx_funderids_gin", customMessage: count);
        count.ShouldNotContain("Seq Scan", customMessage: count);
    }

    [Fact]
    public async Task The_ledger_page_walks_the_broker_s_index_backwards_and_the_figures_seek_it()
    {
        var broker = Guid.NewGuid();
        var (rows, figures) = (BrokerLedgerPages.PageStatement(broker, 3, 20), BrokerLedgerPages.FiguresStatement(broker));

        // Sorts priced out, as for my bids: on a test-sized table sorting a few rows beats walking any index.
        var page = await PlanAsync(rows.Sql, rows.Parameters, "enable_sort = off");
        var sums = await PlanAsync(figures.Sql, figures.Parameters);

        page.ShouldContain("Index Scan Backward using mt_doc_broker_ledger_idx_ledger", customMessage: page);
        page.ShouldContain("Index Cond: (broker_id =", customMessage: page);
        sums.ShouldContain("broker_ledger_idx_", customMessage: sums);
        sums.ShouldNotContain("Seq Scan", customMessage: sums);
    }

    [Fact]
    public async Task The_ledger_index_leads_with_the_broker_then_the_time_recorded()
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var definition = new NpgsqlCommand("select indexdef from pg_indexes where indexname = 'mt_doc_broker_ledger_idx_ledger'", connection);

        ((string?)await definition.ExecuteScalarAsync()).ShouldEndWith("(broker_id, at, id)");
    }

    /// <summary>The plan of a statement with Marten's positional placeholders, as PostgreSQL's numbered ones.</summary>
    private async Task<string> PlanAsync(string statement, object[] parameters, string? also = null)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var noScans = new NpgsqlCommand($"set local enable_seqscan = off{(also is null ? string.Empty : $"; set local {also}")}", connection, transaction))
        {
            await noScans.ExecuteNonQueryAsync();
        }

        var sql = new System.Text.StringBuilder("explain ");
        var n = 0;
        foreach (var c in statement)
        {
            sql.Append(c == '?' ? $"${++n}" : c.ToString());
        }

        await using var explain = new NpgsqlCommand(sql.ToString(), connection, transaction);
        foreach (var value in parameters)
        {
            explain.Parameters.Add(new NpgsqlParameter { Value = value });
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
