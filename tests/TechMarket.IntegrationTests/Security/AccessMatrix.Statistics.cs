using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Statistics;

namespace TechMarket.IntegrationTests.Security;

/// <summary>The statistics endpoints: bureau-only, and 海曙区's officer is refused every figure of 镇海区 (403).</summary>
public static partial class AccessMatrix
{
    private static IEnumerable<Entry> StatisticsEntries() =>
    [
        Get("/api/statistics/cube", Bureau, _ => "/api/statistics/cube?region=330211&year=2026&by=month,type"),
        Get("/api/statistics/ledger", Bureau, _ => "/api/statistics/ledger?region=330211&year=2026&measure=Settled"),
        Get("/api/statistics/rankings", Bureau, _ => "/api/statistics/rankings?region=330211&year=2026"),
        Get("/api/statistics/targets", Bureau, _ => "/api/statistics/targets?region=330211&year=2026"),
        Get("/api/statistics/report", Bureau, _ => "/api/statistics/report?region=330211&toMonth=8&year=2026"),
        Get("/api/statistics/export/{table}", Bureau, _ => "/api/statistics/export/Ledger?region=330211&year=2026&format=Csv"),
        Get("/api/statistics/warnings", Bureau, _ => "/api/statistics/warnings?region=330211&year=2026"),
        Get("/api/statistics/funnel", Bureau, _ => "/api/statistics/funnel?region=330211&year=2026"),
        Get("/api/statistics/rounds", Bureau, _ => "/api/statistics/rounds?region=330211&year=2026"),
        Get("/api/statistics/lists", Bureau, _ => "/api/statistics/lists?region=330211&year=2026"),
        Get("/api/statistics/challenges", Bureau, _ => "/api/statistics/challenges?region=330211&year=2026&milestone=Awarded"),
        Get("/api/statistics/vouchers", Bureau, _ => "/api/statistics/vouchers?region=330211&year=2026"),
        Get("/api/statistics/needs", Bureau, _ => "/api/statistics/needs?region=330211&year=2026"),
        Get("/api/statistics/trials", Bureau, _ => "/api/statistics/trials?region=330211&year=2026"),
        Get("/api/statistics/reference-figures", Bureau, _ => "/api/statistics/reference-figures?region=330211&year=2026"),
        Get("/api/statistics/funnel/rounds/{roundId:guid}", Bureau, f => $"/api/statistics/funnel/rounds/{f.Rounds.Round}?region=330211"),
        Send("PUT", "/api/statistics/targets/{district}/{year:int}", City, NoContent, _ => "/api/statistics/targets/330211/2032",
            _ => Typed.Body(new SetTargetRequest(300_000_000m))),
        Send("POST", "/api/statistics/targets/{district}/{year:int}/revisions", City, NoContent, _ => "/api/statistics/targets/330211/2032/revisions",
            _ => Typed.Body(new ReviseTargetRequest(280_000_000m, "全市考核指标调整"))),
        Send("PUT", "/api/statistics/reference-figures/{region}/{year:int}", Bureau, Ok, _ => "/api/statistics/reference-figures/330211/2026",
            _ => Typed.Body(new ReferenceFiguresRequest(250_000_000_000m, 11m))),
    ];
}
