using System.Globalization;
using System.Text;

namespace TechMarket.Bench;

/// <summary>Both figures of one run, their ratio, and what each cost.</summary>
internal sealed record BenchResult(
    BenchOptions Options, MachineInfo Machine, DateTimeOffset At, PgbenchResult Insert, SubmitWindow Submit, CpuBudget SubmitCpu,
    string? InsertProfile, string? SubmitProfile)
{
    public double Ratio => Submit.Tps / Insert.Tps;

    /// <summary>The same ratio predicted from our own CPU per transaction (cluster + server + load generator),
    /// which other tenants of the machine barely move: on saturated cores, throughput is inverse to it.</summary>
    public double CpuRatio => Insert.Cpu.OwnPerTransactionMs / SubmitCpu.OwnPerTransactionMs;

    /// <summary>The figure lines of docs/PERFORMANCE.md.</summary>
    public IEnumerable<string> FigureLines()
    {
        var c = Options.Concurrency;
        yield return Line($"- pgbench_insert_tps: {Insert.Tps:0} (C={c})");
        yield return Line($"- need_submit_tps: {Submit.Tps:0} (C={c})");
        yield return Line($"- need_submit_vs_pgbench_ratio: {Ratio:0.00} (C={c})");
        yield return Line($"- need_submit_vs_pgbench_cpu_ratio: {CpuRatio:0.00} (C={c})");
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
        text.AppendLine(Line($"Authenticated need submits over HTTP (POST /api/needs/{{id}}/submit), C={Options.Concurrency}, {Options.Seconds} s:"));
        text.AppendLine(Line($"  {Submit.Tps:0.0} tps, {Submit.Succeeded} succeeded (2xx), {Submit.Failed} failed in {Submit.Elapsed.TotalSeconds:0.00} s; ") +
                             Line($"latency p50 {Submit.LatencyPercentile(0.50):0.00} ms, p95 {Submit.LatencyPercentile(0.95):0.00} ms, p99 {Submit.LatencyPercentile(0.99):0.00} ms"));
        foreach (var (error, count) in Submit.Errors)
        {
            text.AppendLine(Line($"  error {error}: {count}"));
        }

        if (Submit.FirstError is { } first)
        {
            text.AppendLine("  first error: " + first);
        }

        text.AppendLine("  " + SubmitCpu.Describe());
        if (InsertProfile is not null)
        {
            text.AppendLine("pg_stat_statements, pgbench window, per transaction:").Append(InsertProfile);
        }

        if (SubmitProfile is not null)
        {
            text.AppendLine("pg_stat_statements, submit window, per submit:").Append(SubmitProfile);
        }

        text.AppendLine();
        foreach (var line in FigureLines())
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }

    /// <summary>The generated block of docs/PERFORMANCE.md: when, where, how, the figures and where the CPU went.</summary>
    public string ReportBlock()
    {
        string Ms(TimeSpan cpu, long tx) => (cpu.TotalMilliseconds / tx).ToString("0.00", CultureInfo.InvariantCulture);
        var i = Insert.Cpu;
        var s = SubmitCpu;
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
        text.AppendLine(Line($"| pgbench INSERT | {Ms(i.Postgres, i.Transactions)} | – | {Ms(i.LoadGenerator, i.Transactions)} (pgbench) | {Ms(i.Other, i.Transactions)} | {i.MachineBusyShare:P0} |"));
        text.AppendLine(Line($"| need submit | {Ms(s.Postgres, s.Transactions)} | {Ms(s.Server, s.Transactions)} | {Ms(s.LoadGenerator, s.Transactions)} (bench client) | {Ms(s.Other, s.Transactions)} | {s.MachineBusyShare:P0} |"));
        text.AppendLine();
        text.AppendLine(Line($"Latency: pgbench average {Insert.LatencyMs:0.00} ms; submit p50 {Submit.LatencyPercentile(0.50):0.00} ms, ") +
                             Line($"p95 {Submit.LatencyPercentile(0.95):0.00} ms, p99 {Submit.LatencyPercentile(0.99):0.00} ms. ") +
                             Line($"Errors: pgbench {Insert.Failed}, submit {Submit.Failed}."));
        return text.ToString();
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
