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

/// <summary>Documents whose unique index makes the second of two writes lose.</summary>
public static class UniqueClaims
{
    /// <summary>Whether a write lost to a unique index.</summary>
    public static bool IsTaken(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }
}
