namespace TechMarket.Server.Infrastructure;

public static class HostEnvironments
{
    /// <summary>The environment the integration tests run the server in.</summary>
    public const string Testing = nameof(Testing);

    /// <summary>A developer's machine or a test run: development certificates, demo data and a host-derived issuer
    /// are allowed here and nowhere else.</summary>
    public static bool IsLocal(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(Testing);
}
