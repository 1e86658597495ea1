using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace TechMarket.Server.Infrastructure;

public static class Health
{
    private const string Ready = "ready";

    public static IServiceCollection AddTechMarketHealth(this IServiceCollection services, string connectionString)
    {
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "postgres", _ => new PostgresCheck(connectionString), HealthStatus.Unhealthy, [Ready], TimeSpan.FromSeconds(5)));
        return services;
    }

    public static IEndpointRouteBuilder MapTechMarketHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(Ready) }).AllowAnonymous();
        return app;
    }

    private sealed class PostgresCheck(string connectionString) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand("select 1", connection);
                await command.ExecuteScalarAsync(ct);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("PostgreSQL is not reachable.", e);
            }
        }
    }
}
