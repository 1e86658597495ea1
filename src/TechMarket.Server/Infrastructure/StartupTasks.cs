using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Infrastructure;

/// <summary>What every start does, in order, before the server takes requests: the identity schema and the roles, the
/// OpenID Connect clients, the event store's schema, then the modules' <see cref="IStartupTask"/>s. Each step is
/// idempotent. Nodes starting at once take turns after the identity schema (which locks on its own): the clients are
/// read before they are written, and two nodes creating the same Marten table at once collide in PostgreSQL's catalog.
/// </summary>
internal sealed class StartupTasks(IServiceProvider services, ILogger<StartupTasks> logger) : IHostedService
{
    /// <summary>The session advisory lock the nodes take turns at ("startup" in ASCII).</summary>
    public const long LockKey = 0x0073746172747570;

    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<IdentitySchema>().EnsureAsync(ct);
        await using var turn = await provider.GetRequiredService<IdentityDatabase>().LockAsync(LockKey, ct);
        await provider.GetRequiredService<ClientRegistrations>().EnsureAsync(ct);
        await provider.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        foreach (var task in provider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(ct);
        }

        logger.LogInformation("Start-up tasks done");
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
