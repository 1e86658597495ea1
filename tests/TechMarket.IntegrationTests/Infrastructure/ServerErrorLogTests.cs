using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>What the server logs as an error reaches the run's error file, with its exception; what it logs below that does not.</summary>
public sealed class ServerErrorLogTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public void The_test_server_s_errors_are_appended_to_the_run_s_error_file_with_their_exception()
    {
        var logger = Host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TechMarket.Probe");
        var (error, warning) = ($"probe-error-{Guid.NewGuid():N}", $"probe-warning-{Guid.NewGuid():N}");

        logger.LogWarning("{Marker}", warning);
        logger.LogError(new InvalidOperationException("the probe's exception"), "{Marker}", error);

        var text = File.ReadAllText(ServerErrorLog.FilePath);
        text.ShouldContain($"Error [api] TechMarket.Probe (0): {error}");
        text.ShouldContain("System.InvalidOperationException: the probe's exception");
        text.ShouldNotContain(warning);
    }
}
