namespace TechMarket.Server.Infrastructure.Postgres;

/// <summary>Where the private cluster lives and which binaries run it; bound from "EmbeddedPostgres".</summary>
public sealed class EmbeddedPostgresOptions
{
    /// <summary>The cluster's directory; relative paths are taken from the content root. Default ".data/postgres".</summary>
    public string DataDirectory { get; set; } = Path.Combine(".data", "postgres");

    /// <summary>A folder holding initdb, pg_ctl and postgres; found on the machine when empty.</summary>
    public string? BinDirectory { get; set; }

    public string Database { get; set; } = "techmarket";

    public string UserName { get; set; } = "techmarket";

    /// <summary>0 picks a free localhost port at each start.</summary>
    public int Port { get; set; }

    public int MaxConnections { get; set; } = 200;
}
