using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Infrastructure.Postgres;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges.Review;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>技术合同: contracts from an award, a deal or directly, their signatures, registration, milestones — and the
/// contract history that conflict detection reads.</summary>
public static class ContractsModule
{
    public static IServiceCollection AddContracts(this IServiceCollection services)
    {
        services.AddOptions<ContractOptions>().BindConfiguration("Contracts");
        services.AddOptions<ContractFileOptions>().BindConfiguration("Contracts");
        services.AddScoped<Brokers>();
        services.AddSingleton<IContractHistory, ContractPartners>();
        services.AddSingleton(provider => new ContractFileContent(
            new PostgresAttachmentContent(provider.GetRequiredService<IConfiguration>().ConnectionString(), ContractFileContent.TableName)));
        services.ConfigureMarten(options =>
        {
            // Inline: a contract with its payments runs to a hundred events and more, so commands (webhooks above all)
            // load the folded state instead of replaying the stream.
            options.Projections.Add(new StreamFold<Contract, ContractEvent>(Contract.Evolve), ProjectionLifecycle.Inline);
            options.Schema.For<Contract>().DocumentAlias("contract");
            options.Projections.Add(new StreamFold<ContractDetails, ContractEvent>(ContractDetailsProjection.Evolve), ProjectionLifecycle.Inline);
            options.Schema.For<ContractDetails>().DocumentAlias("contract_details")
                .Index(c => c.Status).Index(c => c.SellerDistrict).Index(c => c.BuyerDistrict).GinIndexJsonData();
            options.Projections.Add<ContractHistoryProjection>(ProjectionLifecycle.Inline);
            options.Schema.For<ContractHistory>().DocumentAlias("contract_history").GinIndexJsonData();
            RegistrationNumberClaim.Configure(options);
            AwardContractClaim.Configure(options);
            ContractFile.Configure(options);
            PostgresAttachmentContent.Configure(options, ContractFileContent.TableName);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapContracts(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/contracts").WithTags("Contracts")
            .MapDraftContract()
            .MapReviseContract()
            .MapSignContract()
            .MapRegisterContract()
            .MapTerminateContract()
            .MapRefuseRegistration()
            .MapUploadContractFile()
            .MapDeliverMilestone()
            .MapAcceptMilestone()
            .MapRejectMilestone()
            .MapContractQueries();
        app.MapGroup("/api/challenges").WithTags("Contracts")
            .MapDraftAwardContract()
            .MapAwardContracts();
        return app;
    }
}
