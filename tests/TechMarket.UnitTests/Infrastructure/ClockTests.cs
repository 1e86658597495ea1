using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using TechMarket.Server.Infrastructure;

namespace TechMarket.UnitTests.Infrastructure;

/// <summary>A test may shift a server process's clock; production never honours that setting.</summary>
public class ClockTests
{
    private static TimeProvider Resolve(string environment, string? offsetSeconds)
    {
        var settings = new Dictionary<string, string?> { [Clock.OffsetSetting] = offsetSeconds };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddTechMarketClock(configuration, new HostingEnvironment { EnvironmentName = environment });
        return services.BuildServiceProvider().GetRequiredService<TimeProvider>();
    }

    [Fact]
    public void Without_an_offset_the_clock_is_the_system_clock() =>
        Resolve("Production", null).ShouldBeSameAs(TimeProvider.System);

    [Theory]
    [InlineData("Testing")]
    [InlineData("Development")]
    public void In_testing_and_development_the_clock_runs_the_configured_seconds_ahead_or_behind(string environment)
    {
        var ahead = Resolve(environment, "30").GetUtcNow() - DateTimeOffset.UtcNow;
        var behind = Resolve(environment, "-45.5").GetUtcNow() - DateTimeOffset.UtcNow;

        ahead.TotalSeconds.ShouldBe(30, tolerance: 5);
        behind.TotalSeconds.ShouldBe(-45.5, tolerance: 5);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Anywhere_else_an_offset_stops_the_server_from_starting(string environment) =>
        Should.Throw<InvalidOperationException>(() => Resolve(environment, "30"))
            .Message.ShouldBe($"Testing:ClockOffsetSeconds is a test setting; it is refused in the {environment} environment.");
}
