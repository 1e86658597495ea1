namespace TechMarket.Server.Infrastructure;

/// <summary>
/// Work a module needs done at every start, before the server takes requests: reference data written, read models
/// upgraded, demo data seeded. Tasks run one after the other by <see cref="Order"/>, after the infrastructure's own
/// (the identity schema, roles, OpenID clients), each in a scope of its own; every task is idempotent, since several
/// nodes may start at once. A module registers its task with <c>services.AddStartupTask&lt;T&gt;()</c>.
/// </summary>
public interface IStartupTask
{
    /// <summary>Lower runs first: reference data 100, read model upgrades 200, bid leads' parts 300, demo data 900.</summary>
    int Order { get; }

    Task RunAsync(CancellationToken ct);
}

public static class StartupTaskRegistration
{
    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services)
        where TTask : class, IStartupTask =>
        services.AddScoped<IStartupTask, TTask>();
}
