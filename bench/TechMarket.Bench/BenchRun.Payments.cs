using System.Net.Http.Headers;
using System.Text.Json;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Bench;

/// <summary>The payment window of a run (<see cref="MilestonePaymentLoad"/>).</summary>
internal sealed partial class BenchRun
{
    /// <summary>The third window: signed Stripe webhooks confirming payments of milestones prepared (not timed) beforehand.</summary>
    private async Task<(SubmitWindow Window, CpuBudget Cpu)> MeasureWebhooksAsync(
        HttpClient http, string buyerToken, string database, CpuMeter cpu, CancellationToken ct)
    {
        var server = _server!.BaseAddress;
        var broker = await OidcSignIn.AccessTokenAsync(server, "broker@techmarket.demo", DemoPassword, ct);
        using var whoami = new HttpRequestMessage(HttpMethod.Get, new Uri("/connect/userinfo", UriKind.Relative));
        whoami.Headers.Authorization = new AuthenticationHeaderValue("Bearer", broker);
        using var answer = await http.SendAsync(whoami, ct);
        var brokerId = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("sub").GetGuid();
        var parties = new PaymentParties(buyerToken, await OidcSignIn.AccessTokenAsync(server, "institute@techmarket.demo", DemoPassword, ct),
            await OidcSignIn.AccessTokenAsync(server, CityBureau, DemoPassword, ct), brokerId);
        var load = new MilestonePaymentLoad(http, _stripe!, parties, options.Concurrency);

        var started = DateTime.UtcNow;
        // Three contracts (72 payments) per worker for the warm-up: a worker that runs dry only ends its warm-up early.
        var prepared = await load.PrepareAsync(3 * ContractRules.MaxMilestones, ct);
        _log.LogInformation("Opened {Count} milestone payments at {Rate:0} per second (setup, not measured)", prepared, prepared / (DateTime.UtcNow - started).TotalSeconds);
        var warmUp = await load.ConfirmAsync(TimeSpan.FromSeconds(options.WarmupSeconds), ct);
        if (warmUp.Succeeded == 0)
        {
            throw new InvalidOperationException($"No webhook succeeded during the warm-up: {warmUp.FirstError}");
        }

        // Four times the warm-up rate over the whole window, so that no worker runs dry: the warm-up runs partly
        // unoptimised code, and a worker that ran dry ended it early.
        started = DateTime.UtcNow;
        prepared = await load.PrepareAsync((int)Math.Ceiling(warmUp.Tps * options.Seconds * 4 / options.Concurrency) + 1, ct);
        _log.LogInformation("Warm-up {Tps:0.0} webhooks/s; opened {Count} more payments in {Seconds:0.0} s", warmUp.Tps, prepared, (DateTime.UtcNow - started).TotalSeconds);

        await _idle!.WaitAsync("payment webhook", ct);
        await Sql.ExecuteAsync(database, "checkpoint", ct);
        await ResetProfileAsync(database, ct);
        _log.LogInformation("Measuring payment webhooks, C={Concurrency}, {Seconds} s", options.Concurrency, options.Seconds);
        var before = cpu.Snapshot();
        var window = await load.ConfirmAsync(TimeSpan.FromSeconds(options.Seconds), ct);
        var after = cpu.Snapshot();
        if (window.RanDry)
        {
            throw new InvalidOperationException("A worker ran out of open payments while measured; the figure would be too low. Run again.");
        }

        var entries = await Sql.ScalarAsync<long>(database, "select count(*) from techmarket.mt_doc_broker_ledger", ct);
        _log.LogInformation("{Entries} broker ledger entries for {Webhooks} confirmed webhooks", entries, warmUp.Succeeded + window.Succeeded);
        return (window, CpuBudget.Between(before, after, window.Succeeded));
    }
}
