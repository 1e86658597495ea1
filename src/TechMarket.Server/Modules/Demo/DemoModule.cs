using System.Text;
using TechMarket.Server.Infrastructure;

namespace TechMarket.Server.Modules.Demo;

public static class DemoModule
{
    /// <summary>Seeds the demo world at start when <see cref="ShouldSeed"/> says so.</summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) =>
        ShouldSeed(environment, configuration) ? services.AddStartupTask<DemoData>() : services;

    /// <summary>Whether to seed the demo world (Demo:Seed). The demo accounts share a published password, so outside
    /// Development and the tests the server refuses to start with Demo:Seed unless Demo:Force says it is meant.</summary>
    public static bool ShouldSeed(IHostEnvironment environment, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>("Demo:Seed"))
        {
            return false;
        }

        return environment.IsLocal() || configuration.GetValue<bool>("Demo:Force")
            ? true
            : throw new InvalidOperationException(
                $"Demo:Seed is set in the {environment.EnvironmentName} environment. The demo accounts share the published password " +
                $"{DemoCatalog.Password}; set Demo:Force=true as well if this server is really meant to have them.");
    }

    /// <summary>Printed at start when demo data is seeded, so a newcomer can sign in at once.</summary>
    public static string Banner(IEnumerable<string> addresses) =>
        new StringBuilder()
            .AppendLine()
            .AppendLine("TechMarket is running at: " + string.Join(", ", addresses))
            .AppendLine("  API reference: /scalar   OpenID configuration: /.well-known/openid-configuration")
            .AppendLine($"  Demo accounts (password {DemoCatalog.Password}):")
            .AppendJoin(Environment.NewLine, DemoCatalog.Users.Select(u => $"    {u.Role,-10} {u.Email,-36} {u.DisplayName}"))
            .AppendLine()
            .ToString();
}
