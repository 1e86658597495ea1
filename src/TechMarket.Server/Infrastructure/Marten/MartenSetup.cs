using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;
using Weasel.Core;

namespace TechMarket.Server.Infrastructure.Marten;

public static class MartenSetup
{
    public const string Schema = "techmarket";

    /// <summary>The event store and document database. Modules add their projections with ConfigureMarten; the schema is
    /// brought up to date by <see cref="StartupTasks"/>, one node at a time.</summary>
    public static IServiceCollection AddTechMarketMarten(this IServiceCollection services, string connectionString)
    {
        services.AddMarten(options => Configure(options, connectionString))
            .UseLightweightSessions()
            .AddAsyncDaemon(DaemonMode.HotCold);
        return services;
    }

    /// <summary>The store's own settings, before the modules add their projections (tests build stores with them).</summary>
    public static void Configure(StoreOptions options, string connectionString)
    {
        options.Connection(Tuned(connectionString));
        // One connection for the whole session instead of one checkout (and reset) per statement.
        options.UseStickyConnectionLifetimes = true;
        // Events carry their own time; Quick appends skip the per-event function call of Rich mode.
        options.Events.AppendMode = EventAppendMode.Quick;
        options.DatabaseSchemaName = Schema;
        options.Events.StreamIdentity = StreamIdentity.AsGuid;
        options.Events.MetadataConfig.HeadersEnabled = false;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        options.DisableNpgsqlLogging = true;
        options.Logger(new PoisonedConnectionGuard(options.Logger()));
    }

    /// <summary>
    /// Pooled connections keep their prepared statements: no DISCARD ALL when a connection goes back to the
    /// pool (we set no session state), and the statements Marten repeats are prepared automatically.
    /// Settings already in the connection string win.
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        // Names the store's connections in pg_stat_activity, so a profile can tell them from identity's and the feeds'.
        if (!connectionString.Contains("Application Name", StringComparison.OrdinalIgnoreCase))
        {
            builder.ApplicationName = "techmarket";
        }

        if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 50;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }
}
