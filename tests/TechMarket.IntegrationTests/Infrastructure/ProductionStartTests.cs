using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using TechMarket.Server.Modules.Demo;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>Outside Development and the tests the server will not start on development shortcuts: no signing
/// certificate, no fixed issuer, or demo accounts with their published password.</summary>
public sealed class ProductionStartTests : IAsyncLifetime
{
    private readonly string _directory = TestCluster.NewDirectory("production-start");

    [Fact]
    public void It_refuses_to_start_without_a_signing_certificate()
    {
        var failure = StartFailure(new() { ["Auth:Issuer"] = ProductionServer.Issuer });

        failure.ShouldContain("Auth:SigningCertificatePath is not set");
    }

    [Fact]
    public void It_refuses_to_start_without_a_fixed_issuer()
    {
        var failure = StartFailure(new()
        {
            ["Auth:SigningCertificatePath"] = ProductionServer.WriteSigningCertificate(_directory, "pw"),
            ["Auth:SigningCertificatePassword"] = "pw",
        });

        failure.ShouldContain("Auth:Issuer is not set");
    }

    [Fact]
    public void It_refuses_to_seed_the_demo_accounts_unless_forced()
    {
        var failure = StartFailure(new()
        {
            ["Auth:Issuer"] = ProductionServer.Issuer,
            ["Auth:SigningCertificatePath"] = ProductionServer.WriteSigningCertificate(_directory, "pw"),
            ["Auth:SigningCertificatePassword"] = "pw",
            ["Demo:Seed"] = "true",
        });

        failure.ShouldContain("Set Demo:Force=true");
    }

    [Theory]
    [InlineData("Production", "true", "true", true)]
    [InlineData("Production", "false", null, false)]
    [InlineData("Development", "true", null, true)]
    [InlineData("Testing", "true", null, true)]
    public void Demo_data_is_seeded_only_where_allowed_or_forced(string environment, string seed, string? force, bool seeded)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Seed"] = seed, ["Demo:Force"] = force })
            .Build();

        DemoModule.ShouldSeed(new HostingEnvironment { EnvironmentName = environment }, configuration).ShouldBe(seeded);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => TestCluster.DeleteAsync(_directory);

    private static string StartFailure(Dictionary<string, string?> settings)
    {
        settings["ConnectionStrings:Postgres"] = ProductionServer.Nowhere;
        using var server = new ProductionServer(settings);
        return Should.Throw<Exception>(() => server.Server).ToString();
    }
}
