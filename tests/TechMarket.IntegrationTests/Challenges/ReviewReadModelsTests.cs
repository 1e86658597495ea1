using JasperFx;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Contracts;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Contracts;
using Weasel.Core;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>What expert review reads as Marten stores it: the contract history per organisation pair (the contracts
/// module's, through <see cref="IContractHistory"/>) and expert profiles.</summary>
public sealed class ReviewReadModelsTests : IAsyncLifetime
{
    private readonly string _directory = TestCluster.NewDirectory("reviews");
    private Server.Infrastructure.Postgres.EmbeddedPostgres? _cluster;
    private ServiceProvider? _services;

    private IDocumentStore Store => _services!.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        _cluster = await TestCluster.StartAsync(_directory);
        var services = new ServiceCollection();
        services.AddMarten(options =>
        {
            options.Connection(_cluster.ConnectionString);
            options.DatabaseSchemaName = MartenSetup.Schema;
            options.Events.StreamIdentity = StreamIdentity.AsGuid;
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        });
        services.AddChallenges(new ConfigurationBuilder().Build()).AddContracts();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.StopAsync();
        }

        await TestCluster.DeleteAsync(_directory);
    }

    [Fact]
    public async Task Each_registered_contract_is_a_history_keyed_by_the_contract_whatever_the_roles()
    {
        var university = Guid.CreateVersion7();
        var enterprise = Guid.CreateVersion7();
        ContractRegistered[] registrations =
        [
            ContractFacts.Registered(enterprise, university, new DateOnly(2024, 5, 1)),
            ContractFacts.Registered(university, enterprise, new DateOnly(2026, 2, 1)),
            ContractFacts.Registered(enterprise, Guid.CreateVersion7(), new DateOnly(2026, 3, 1)),
        ];
        await using (var session = Store.LightweightSession())
        {
            foreach (var registered in registrations)
            {
                session.Events.StartStream(registered.ContractId, registered);
            }

            await session.SaveChangesAsync();
        }

        await using var query = Store.QuerySession();
        var history = await query.LoadAsync<ContractHistory>(registrations[0].ContractId);
        history.ShouldNotBeNull().RegisteredOn.ShouldBe(new DateOnly(2024, 5, 1));
        history.Organisations.ShouldBe([enterprise, university], ignoreOrder: true);
        var partners = await _services!.GetRequiredService<IContractHistory>().PartnersOfAsync(query, university, CancellationToken.None);
        var partner = partners.ShouldHaveSingleItem();
        partner.OrganisationId.ShouldBe(enterprise);
        partner.RegisteredOn.ShouldBe([new DateOnly(2024, 5, 1), new DateOnly(2026, 2, 1)]);
    }

    [Fact]
    public async Task An_expert_profile_is_stored_as_a_document()
    {
        var profile = new ExpertProfile(Guid.CreateVersion7(), "王教授", Guid.CreateVersion7(), ["0101", "0203"], [Guid.CreateVersion7()]);
        await using (var session = Store.LightweightSession())
        {
            session.Store(profile);
            await session.SaveChangesAsync();
        }

        await using var query = Store.QuerySession();
        var loaded = (await query.LoadAsync<ExpertProfile>(profile.Id)).ShouldNotBeNull();
        loaded.Name.ShouldBe("王教授");
        loaded.Fields.ShouldBe(profile.Fields);
        loaded.DeclaredConflicts.ShouldBe(profile.DeclaredConflicts);
    }
}
