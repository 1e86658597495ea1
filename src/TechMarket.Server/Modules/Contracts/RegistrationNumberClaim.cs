using Marten;
using Marten.Schema;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>A registration number is unique in the registry (the registering officer's jurisdiction) that gave it: a
/// unique index on (registry, number), written in the registration's own transaction, makes a second use lose.</summary>
public sealed class RegistrationNumberClaim
{
    /// <summary>The contract's id.</summary>
    public Guid Id { get; set; }

    public string Registry { get; set; } = string.Empty;

    public string Number { get; set; } = string.Empty;

    public static RegistrationNumberClaim For(ContractRegistered e) => new() { Id = e.ContractId, Registry = e.Registry, Number = e.RegistrationNumber };

    public static void Configure(StoreOptions options) =>
        options.Schema.For<RegistrationNumberClaim>().DocumentAlias("registration_number")
            .UniqueIndex(UniqueIndexType.Computed, "registration_number_unique_per_registry", c => c.Registry, c => c.Number);
}
