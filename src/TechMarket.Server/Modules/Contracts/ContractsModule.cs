using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Modules.Challenges.Review;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>技术合同. For now: the contract history that conflict detection reads (ContractRegistered is produced by the
/// contracts issue).</summary>
public static class ContractsModule
{
    public static IServiceCollection AddContracts(this IServiceCollection services)
    {
        services.AddSingleton<IContractHistory, ContractPartners>();
        services.ConfigureMarten(options =>
        {
            options.Projections.Add<ContractHistoryProjection>(ProjectionLifecycle.Inline);
            options.Schema.For<ContractHistory>()
                .DocumentAlias("contract_history")
                .Index(h => h.FirstOrganisationId)
                .Index(h => h.SecondOrganisationId);
        });
        return services;
    }
}
