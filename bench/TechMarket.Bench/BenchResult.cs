using System.Globalization;
using System.Text;

namespace TechMarket.Bench;

/// <summary>One measured window of HTTP commands: what it was, how it went, what it cost.</summary>
/// <param name="Key">The figure's prefix in docs/PERFORMANCE.md, e.g. need_submit.</param>
internal sealed record CommandResult(string Key, string Label, string Description, SubmitWindow Window, CpuBudget Cpu, string? Profile)
{
    public double Ratio(PgbenchResult insert) => Window.Tps / insert.Tps;

    /// <summary>The same ratio predicted from our own CPU per transaction (cluster + server + load generator),
    /// which other tenants of the machine barely move: on saturated cores, throughput is inverse to it.</summary>
    public double CpuRatio(PgbenchResult insert) => insert.Cpu.OwnPerTransactionMs / Cpu.OwnPerTransactionMs;
}

/// <summary>The pgbench limit and every command measured against it in the same run.</summary>
internal sealed record BenchResult(
    BenchOptions Options, MachineInfo Machine, DateTimeOffset At, PgbenchResult Insert, string? InsertProfile, IReadOnlyList<CommandResult> Commands)
{
    /// <summary>pgbench replaying one bid submission's statements (<see cref="SameSqlBid"/>), in the same run.</summary>
    public PgbenchResult? BidSql { get; init; }

    public string? BidSqlProfile { get; init; }

    /// <summary>pgbench replaying one need submit's statements (<see cref="SameSqlNeed"/>), in the same run.</summary>
    public PgbenchResult? NeedSql { get; init; }

    public string? NeedSqlProfile { get; init; }

    private CommandResult? Need => Commands.FirstOrDefault(c => c.Key == "need_submit");

    /// <summary>How long the server took to become idle before each window (<see cref="ServerIdle"/>).</summary>
    public IReadOnlyList<IdleWait> IdleWaits { get; init; } = [];

    /// <summary>With --events: the bid window and the reads again on the grown store.</summary>
    public ScaleResult? Scale { get; init; }

    private CommandResult? Bid => Commands.FirstOrDefault(c => c.Key == "bid_submit");

    /// <summary>The figure lines of docs/PERFORMANCE.md.</summary>
    public IEnumerable<string> FigureLines()
    {
        var c = Options.Concurrency;
        yield return Line($"- pgbench_insert_tps: {Insert.Tps:0} (C={c})");
        foreach (var command in Commands)
        {
            yield return Line($"- {command.Key}_tps: {command.Window.Tps:0} (C={c})");
            yield return Line($"- {command.Key}_vs_pgbench_ratio: {command.Ratio(Insert):0.00} (C={c})");
            yield return Line($"- {command.Key}_vs_pgbench_cpu_ratio: {command.CpuRatio(Insert):0.00} (C={c})");
            yield return Line($"- {command.Key}_p99_ms: {command.Window.LatencyPercentile(0.99):0.0} (C={c})");
        }

        if (Bid is { } submitted && Commands.FirstOrDefault(x => x.Key == "crud_peer_bid_submit") is { } peer)
        {
            yield return Line($"- bid_submit_vs_crud_peer_ratio: {submitted.Window.Tps / peer.Window.Tps:0.00} (C={c})");
            yield return Line($"- bid_submit_vs_crud_peer_cpu_ratio: {peer.Cpu.OwnPerTransactionMs / submitted.Cpu.OwnPerTransactionMs:0.00} (C={c})");
        }

        if (NeedSql is not null && Need is { } need)
        {
            yield return Line($"- need_same_sql_tps: {NeedSql.Tps:0} (C={c})");
            yield return Line($"- need_submit_vs_same_sql_ratio: {need.Window.Tps / NeedSql.Tps:0.00} (C={c})");
            yield return Line($"- need_submit_vs_same_sql_cpu_ratio: {NeedSql.Cpu.OwnPerTransactionMs / need.Cpu.OwnPerTransactionMs:0.00} (C={c})");
        }

        if (BidSql is not null && Bid is { } bid)
        {
            yield return Line($"- bid_same_sql_tps: {BidSql.Tps:0} (C={c})");
            yield return Line($"- bid_submit_vs_same_sql_ratio: {bid.Window.Tps / BidSql.Tps:0.00} (C={c})");
            yield return Line($"- bid_submit_vs_same_sql_cpu_ratio: {BidSql.Cpu.OwnPerTransactionMs / bid.Cpu.OwnPerTransactionMs:0.00} (C={c})");
        }

        if (Scale is { } scale)
        {
            var n = scale.Label;
            yield return Line($"- events_loaded_{n}: {scale.Reached} (bulk load {scale.LoadSeconds:0} s)");
            yield return Line($"- bid_submit_tps_{n}: {scale.Bids.Tps:0} (C={c})");
            yield return Line($"- bid_submit_ratio_{n}_vs_empty: {scale.Ratio:0.00} (C={c})");
            yield return Line($"- bid_submit_p99_ms_{n}: {scale.Bids.LatencyPercentile(0.99):0.0} (C={c})");
            yield return Line($"- board_p95_ms_{n}: {scale.BoardP95Ms:0.0} (one reader)");
            yield return Line($"- my_bids_p95_ms_{n}: {scale.MyBidsP95Ms:0.0} (one reader)");
        }
    }

    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine(Line($"TechMarket benchmark, {At:yyyy-MM-dd HH:mm} UTC: {Options.Command}"));
        text.AppendLine(Line($"Machine: {Machine}"));
        text.AppendLine();
        text.AppendLine(Line($"pgbench single-row jsonb INSERT ({Insert.PayloadBytes} B payload), C={Options.Concurrency}, {Options.Seconds} s:"));
        text.AppendLine(Line($"  {Insert.Tps:0.0} tps, {Insert.Transactions} transactions, {Insert.Failed} failed, latency average {Insert.LatencyMs:0.00} ms"));
        text.AppendLine("  " + Insert.Cpu.Describe());
        foreach (var command in Commands)
        {
            var w = command.Window;
            text.AppendLine(Line($"{command.Description}, C={Options.Concurrency}, {Options.Seconds} s:"));
            text.AppendLine(Line($"  {w.Tps:0.0} tps, {w.Succeeded} succeeded (2xx), {w.Failed} failed in {w.Elapsed.TotalSeconds:0.00} s; ") +
                            Line($"latency p50 {w.LatencyPercentile(0.50):0.00} ms, p95 {w.LatencyPercentile(0.95):0.00} ms, p99 {w.LatencyPercentile(0.99):0.00} ms"));
            foreach (var (error, count) in w.Errors)
            {
                text.AppendLine(Line($"  error {error}: {count}"));
            }

            if (w.FirstError is { } first)
            {
                text.AppendLine("  first error: " + first);
            }

            text.AppendLine("  " + command.Cpu.Describe());
        }

        if (InsertProfile is not null)
        {
            text.AppendLine("pg_stat_statements, pgbench window, per transaction:").Append(InsertProfile);
        }

        if (BidSql is not null)
        {
            text.AppendLine(Line($"pgbench replaying a bid submission's statements (same round trips, prepared), C={Options.Concurrency}, {Options.Seconds} s:"));
            text.AppendLine(Line($"  {BidSql.Tps:0.0} tps, {BidSql.Transactions} transactions, {BidSql.Failed} failed, latency average {BidSql.LatencyMs:0.00} ms"));
            text.AppendLine("  " + BidSql.Cpu.Describe());
        }

        if (NeedSql is not null)
        {
            text.AppendLine(Line($"pgbench replaying a need submit's statements (same round trips, prepared), C={Options.Concurrency}, {Options.Seconds} s:"));
            text.AppendLine(Line($"  {NeedSql.Tps:0.0} tps, {NeedSql.Transactions} transactions, {NeedSql.Failed} failed, latency average {NeedSql.LatencyMs:0.00} ms"));
            text.AppendLine("  " + NeedSql.Cpu.Describe());
        }

        if (NeedSqlProfile is not null)
        {
            text.AppendLine("pg_stat_statements, need same-SQL window, per transaction:").Append(NeedSqlProfile);
        }

        if (BidSqlProfile is not null)
        {
            text.AppendLine("pg_stat_statements, bid same-SQL window, per transaction:").Append(BidSqlProfile);
        }

        if (Scale is { } scale)
        {
            text.AppendLine(Line($"Plans of the board and my bids at {scale.Reached} events (EXPLAIN ANALYZE, BUFFERS):")).Append(scale.Plans);
        }

        foreach (var command in Commands.Where(c => c.Profile is not null))
        {
            text.AppendLine(Line($"pg_stat_statements, {command.Label} window, per command:")).Append(command.Profile);
        }

        if (IdleWaits.Count > 0)
        {
            text.AppendLine(IdleLine());
        }

        text.AppendLine();
        foreach (var line in FigureLines())
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }

    /// <summary>The pgbench INSERT window runs before the server starts, so it has no wait.</summary>
    private string IdleLine() =>
        "Waited for an idle server (daemon, subscriptions and search index at the last event, server < 0.05 cores over 1 s) before: " +
        string.Join(", ", IdleWaits.Select(w => Line($"{w.Window} {w.Took.TotalSeconds:0.0} s"))) + ".";

    /// <summary>The generated block of docs/PERFORMANCE.md: when, where, how, the figures and where the CPU went.</summary>
    public string ReportBlock()
    {
        string Ms(TimeSpan cpu, long tx) => (cpu.TotalMilliseconds / tx).ToString("0.00", CultureInfo.InvariantCulture);
        var i = Insert.Cpu;
        var text = new StringBuilder();
        text.AppendLine(Line($"Measured {At:yyyy-MM-dd HH:mm} UTC on {Machine}."));
        text.AppendLine();
        text.AppendLine(Line($"Command: `{Options.Command}` (warm-up {Options.WarmupSeconds} s, not counted)"));
        text.AppendLine();
        foreach (var line in FigureLines())
        {
            text.AppendLine(line);
        }

        text.AppendLine();
        text.AppendLine("| CPU ms per transaction | PostgreSQL | server | load generator | other (machine) | machine busy |");
        text.AppendLine("|---|---|---|---|---|---|");
        text.AppendLine(Line(
            $"| pgbench INSERT | {Ms(i.Postgres, i.Transactions)} | – | {Ms(i.LoadGenerator, i.Transactions)} (pgbench) | {Ms(i.Other, i.Transactions)} | {
                i.MachineBusyShare:P0} |"));
        foreach (var command in Commands)
        {
            var s = command.Cpu;
            text.AppendLine(Line(
                $"| {command.Label} | {Ms(s.Postgres, s.Transactions)} | {Ms(s.Server, s.Transactions)} | {Ms(s.LoadGenerator, s.Transactions)} (bench client) | {
                    Ms(s.Other, s.Transactions)} | {s.MachineBusyShare:P0} |"));
        }

        if (NeedSql is { Cpu: var n })
        {
            text.AppendLine(Line(
                $"| need submit's own SQL (pgbench) | {Ms(n.Postgres, n.Transactions)} | – | {Ms(n.LoadGenerator, n.Transactions)} (pgbench) | {Ms(n.Other, n.Transactions)} | {
                    n.MachineBusyShare:P0} |"));
        }

        if (BidSql is { Cpu: var b })
        {
            text.AppendLine(Line(
                $"| bid submit's own SQL (pgbench) | {Ms(b.Postgres, b.Transactions)} | – | {Ms(b.LoadGenerator, b.Transactions)} (pgbench) | {Ms(b.Other, b.Transactions)} | {
                    b.MachineBusyShare:P0} |"));
        }

        text.AppendLine();
        var latency = new StringBuilder(Line($"Latency: pgbench average {Insert.LatencyMs:0.00} ms"));
        var errors = new StringBuilder(Line($"Errors: pgbench {Insert.Failed}"));
        foreach (var command in Commands)
        {
            var w = command.Window;
            latency.Append(Line($"; {command.Label} p50 {w.LatencyPercentile(0.50):0.00} ms, p95 {w.LatencyPercentile(0.95):0.00} ms, p99 {w.LatencyPercentile(0.99):0.00} ms"));
            errors.Append(Line($", {command.Label} {w.Failed}"));
        }

        text.Append(latency).Append(". ").Append(errors).AppendLine(".");
        if (IdleWaits.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(IdleLine());
        }

        return text.ToString();
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
