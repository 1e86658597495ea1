using System.Collections.Concurrent;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>
/// This node's copy of the revocation log: revoked authorizations (every access token carries its authorization's
/// id), ended sessions (and the session id) and suspended organisations (and the organisation id). Checking a
/// token is three dictionary lookups; the <see cref="RevocationFeed"/> keeps the copy within a poll of PostgreSQL.
/// </summary>
public sealed class RevocationCache
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _authorizations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OrganisationState> _organisations = new(StringComparer.OrdinalIgnoreCase);

    public bool IsRevoked(string? authorizationId, string? sessionId, string? organisationId) =>
        RevokedAs(authorizationId, sessionId, organisationId) is not null;

    /// <summary>What revoked a token with these ids (a <see cref="Revocation"/> kind), or null when nothing did.</summary>
    public string? RevokedAs(string? authorizationId, string? sessionId, string? organisationId) =>
        authorizationId is not null && _authorizations.ContainsKey(authorizationId) ? Revocation.Authorization
        : sessionId is not null && _sessions.ContainsKey(sessionId) ? Revocation.Session
        : organisationId is not null && _organisations.TryGetValue(organisationId, out var state) && state.Suspended ? Revocation.OrganisationSuspended
        : null;

    /// <summary>Applies rows in log order; a row older than what is known of its organisation changes nothing.</summary>
    public void Apply(RevocationRead read)
    {
        foreach (var row in read.Rows)
        {
            switch (row.Kind)
            {
                case Revocation.Authorization:
                    _authorizations.TryAdd(row.Subject, read.ReadAt);
                    break;
                case Revocation.Session:
                    _sessions.TryAdd(row.Subject, read.ReadAt);
                    break;
                case Revocation.OrganisationSuspended or Revocation.OrganisationReinstated:
                    var next = new OrganisationState(row.Id, row.Kind == Revocation.OrganisationSuspended);
                    _organisations.AddOrUpdate(row.Subject, next, (_, known) => known.RowId >= next.RowId ? known : next);
                    break;
            }
        }
    }

    /// <summary>Drops what no live access token can carry any more (first seen before the cut-off).</summary>
    public void Forget(DateTimeOffset seenBefore)
    {
        foreach (var entries in new[] { _authorizations, _sessions })
        {
            foreach (var (key, seen) in entries)
            {
                if (seen < seenBefore)
                {
                    entries.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed record OrganisationState(long RowId, bool Suspended);
}
