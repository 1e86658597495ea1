namespace TechMarket.Server.Infrastructure.Postgres;

public static class DatabaseBootstrap
{
    public const string ConnectionName = "Postgres";

    /// <summary>With no ConnectionStrings:Postgres, starts the embedded cluster and points the configuration at it.
    /// The caller stops it (dispose) after the host has shut down.</summary>
    public static async Task<EmbeddedPostgres?> StartEmbeddedIfUnconfiguredAsync(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ConnectionName)))
        {
            return null;
        }

        var options = builder.Configuration.GetSection("EmbeddedPostgres").Get<EmbeddedPostgresOptions>() ?? new EmbeddedPostgresOptions();
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
        var embedded = await EmbeddedPostgres.StartAsync(options, builder.Environment.ContentRootPath, loggers.CreateLogger<EmbeddedPostgres>());
        builder.Configuration[$"ConnectionStrings:{ConnectionName}"] = embedded.ConnectionString;
        return embedded;
    }

    public static string ConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionName)
        ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not configured.");
}
