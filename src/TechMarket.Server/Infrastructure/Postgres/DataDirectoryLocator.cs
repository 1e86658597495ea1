using System.Security.Cryptography;
using System.Text;

namespace TechMarket.Server.Infrastructure.Postgres;

/// <summary>
/// When this process is root, the cluster is run by the postgres system user, which must be able to
/// walk down to the data directory. A checkout under a home directory with mode 700 is not walkable:
/// then the cluster moves to /var/lib/techmarket/&lt;hash of the requested path&gt;.
/// </summary>
internal static class DataDirectoryLocator
{
    public const string FallbackRoot = "/var/lib/techmarket";

    public static string Resolve(string requested, ILogger logger)
    {
        if (!ProcessRunner.IsRoot || IsWalkableByOthers(Path.GetDirectoryName(requested)!))
        {
            return requested;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(requested)))[..16];
        var fallback = Path.Combine(FallbackRoot, hash, Path.GetFileName(requested));
        logger.LogWarning(
            "The postgres system user cannot reach {Requested}; keeping the embedded cluster in {Fallback} instead",
            requested, fallback);
        return fallback;
    }

    /// <summary>True when every existing ancestor lets other users through (execute bit for others).</summary>
    internal static bool IsWalkableByOthers(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (!current.Exists)
            {
                continue;
            }

            if ((current.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
