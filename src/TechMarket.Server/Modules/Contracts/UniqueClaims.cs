namespace TechMarket.Server.Modules.Contracts;

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
