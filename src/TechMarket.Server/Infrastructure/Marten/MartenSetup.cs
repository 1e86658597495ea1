using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using Weasel.Core;

namespace TechMarket.Server.Infrastructure.Marten;

public static class MartenSetup
{
    public const string Schema = "techmarket";

    /// <summary>The event store and document database. Modules add their projections with ConfigureMarten.</summary>
    public static IServiceCollection AddTechMarketMarten(this IServiceCollection services, string connectionString)
    {
        services.AddMarten(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = Schema;
                options.Events.StreamIdentity = StreamIdentity.AsGuid;
                options.Events.MetadataConfig.HeadersEnabled = false;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.DisableNpgsqlLogging = true;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .AddAsyncDaemon(DaemonMode.HotCold);
        return services;
    }
}
