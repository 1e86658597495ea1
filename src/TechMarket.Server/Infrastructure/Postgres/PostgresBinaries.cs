namespace TechMarket.Server.Infrastructure.Postgres;

/// <summary>Finds the PostgreSQL server programs that Debian's <c>postgresql</c> package installs.</summary>
internal sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    public static PostgresBinaries Locate(string? configuredDirectory)
    {
        foreach (var directory in Candidates(configuredDirectory))
        {
            var initDb = Path.Combine(directory, "initdb");
            var pgCtl = Path.Combine(directory, "pg_ctl");
            if (File.Exists(initDb) && File.Exists(pgCtl))
            {
                return new PostgresBinaries(initDb, pgCtl);
            }
        }

        throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them with " +
            "'apt-get install -y postgresql', set EmbeddedPostgres:BinDirectory, " +
            "or configure ConnectionStrings:Postgres to use an existing server.");
    }

    private static IEnumerable<string> Candidates(string? configuredDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredDirectory))
        {
            yield return configuredDirectory;
            yield break;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var versions = Directory.GetDirectories(debianRoot)
                .Select(d => (Path: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .OrderByDescending(d => d.Version);
            foreach (var version in versions)
            {
                yield return Path.Combine(version.Path, "bin");
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return directory;
        }
    }
}
