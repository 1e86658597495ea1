using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Infrastructure;

/// <summary>What every start does, in order, before the server takes requests: the identity schema and the roles, the
/// OpenID Connect clients, then the modules' <see cref="IStartupTask"/>s. Each step is idempotent, so several nodes
/// may start at once.</summary>
internal sealed class StartupTasks(IServiceProvider services, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<IdentitySchema>().EnsureAsync(ct);
        await using (await provider.GetRequiredService<IdentityDatabase>().LockAsync(ClientRegistrations.LockKey, ct))
        {
            await provider.GetRequiredService<ClientRegistrations>().EnsureAsync(ct);
        }

        foreach (var task in provider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(ct);
        }

        logger.LogInformation("Start-up tasks done");
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
