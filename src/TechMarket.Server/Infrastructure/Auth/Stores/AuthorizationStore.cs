using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Npgsql;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static TechMarket.Server.Infrastructure.Auth.Stores.OpenIdDatabase;

namespace TechMarket.Server.Infrastructure.Auth.Stores;

/// <summary>OpenIddict's authorizations in identity."OpenIddictAuthorizations" (<see cref="OpenIdDatabase"/>). A revocation
/// here is seen by every node: the table's triggers write the revocation log (IdentitySchema.sql).</summary>
public sealed class AuthorizationStore(OpenIdDatabase db) : IOpenIddictAuthorizationStore<OpenIdAuthorization>
{
    private static readonly string Select = $"""select "Id", "ConcurrencyToken", {Names(Values(new()))} from {Authorizations}""";

    /// <summary>Every column but the id and the concurrency token, in the order <see cref="Read"/> reads them.</summary>
    private static Column[] Values(OpenIdAuthorization authorization) =>
    [
        new("ApplicationId", authorization.ApplicationId), new("CreationDate", authorization.CreationDate),
        new("Properties", authorization.Properties), new("Scopes", authorization.Scopes), new("Status", authorization.Status),
        new("Subject", authorization.Subject), new("Type", authorization.Type),
    ];

    private static OpenIdAuthorization Read(NpgsqlDataReader row) => new()
    {
        Id = row.GetString(0), ConcurrencyToken = Text(row, 1),
        ApplicationId = Text(row, 2), CreationDate = Time(row, 3), Properties = Text(row, 4), Scopes = Text(row, 5),
        Status = Text(row, 6), Subject = Text(row, 7), Type = Text(row, 8),
    };

    public ValueTask<long> CountAsync(CancellationToken cancellationToken) => db.CountAsync(Authorizations, cancellationToken);

    public ValueTask<long> CountAsync<TResult>(Func<IQueryable<OpenIdAuthorization>, IQueryable<TResult>> query, CancellationToken cancellationToken) =>
        throw Unsupported.Query();

    public ValueTask CreateAsync(OpenIdAuthorization authorization, CancellationToken cancellationToken) =>
        db.InsertAsync(Authorizations, authorization.Id, authorization.ConcurrencyToken, Values(authorization), cancellationToken);

    /// <summary>With the authorization go its tokens.</summary>
    public ValueTask DeleteAsync(OpenIdAuthorization authorization, CancellationToken cancellationToken) =>
        db.DeleteAsync(Authorizations, authorization.Id, authorization.ConcurrencyToken,
            [$"""delete from {Tokens} where "AuthorizationId" = $1"""], cancellationToken);

    public async IAsyncEnumerable<OpenIdAuthorization> FindAsync(string? subject, string? client, string? status, string? type,
        ImmutableArray<string>? scopes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (where, arguments) = Filter(("Subject", subject), ("ApplicationId", client), ("Status", status), ("Type", type));
        await foreach (var authorization in db.ListAsync(Select + where, Read, arguments, cancellationToken))
        {
            if (scopes is not { } wanted || StoredJson.ReadArray(authorization.Scopes).ToHashSet(StringComparer.Ordinal).IsSupersetOf(wanted))
            {
                yield return authorization;
            }
        }
    }

    public IAsyncEnumerable<OpenIdAuthorization> FindByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        db.ListAsync($"""{Select} where "ApplicationId" = $1""", Read, [identifier], cancellationToken);

    public ValueTask<OpenIdAuthorization?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        db.FirstAsync($"""{Select} where "Id" = $1""", Read, cancellationToken, identifier);

    public IAsyncEnumerable<OpenIdAuthorization> FindBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        db.ListAsync($"""{Select} where "Subject" = $1""", Read, [subject], cancellationToken);

    public ValueTask<string?> GetApplicationIdAsync(OpenIdAuthorization authorization, CancellationToken cancellationToken) =>
        new(authorization.ApplicationId);

    public ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<OpenIdAuthorization>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        throw Unsupported.Query();

    public ValueTask<DateTimeOffset?> GetCreationDateAsync(OpenIdAuthorization authorization, CancellationToken cancellationToken) =>
        new(Utc(authorization.CreationDate));

    public ValueTask<string?> GetIdAsync(OpenIdAuthorization authorization, CancellationToken cancellationToken) => new(authorization.Id);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OpenIdAuthorization authorization, CancellationToken cancellationToken) =>
        new(StoredJson.ReadProperties(authorization.Properties));

    public ValueTask<ImmutableArray<string>> GetScopesAsync(OpenIdAuthorization authorization, CancellationToken cancellationToken) =>
        new(StoredJson.ReadArray(authorization.Scopes));

    public ValueTask<string?> GetStatusAsync(OpenIdAuthorization authorization, CancellationToken cancellationToken) => new(authorization.Status);

    public ValueTask<string?> GetSubjectAsync(OpenIdAuthorization authorization, CancellationToken cancellationToken) => new(authorization.Subject);

    public ValueTask<string?> GetTypeAsync(OpenIdAuthorization authorization, CancellationToken cancellationToken) => new(authorization.Type);

    public ValueTask<OpenIdAuthorization> InstantiateAsync(CancellationToken cancellationToken) => new(new OpenIdAuthorization());

    public IAsyncEnumerable<OpenIdAuthorization> ListAsync(int? count, int? offset, CancellationToken cancellationToken) =>
        db.ListAsync($"""{Select} order by "Id"{Page(count, offset)}""", Read, [], cancellationToken);

    public IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<OpenIdAuthorization>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        throw Unsupported.Query();

    /// <summary>Removes, a thousand at a time, the authorizations created before the threshold that no longer hold a
    /// token and are no longer valid or were ad hoc (prune the tokens first).</summary>
    public ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken) =>
        db.DeleteInBatchesAsync($"""
        delete from {Authorizations} where "Id" in (
            select a."Id" from {Authorizations} a
             where a."CreationDate" < $1
               and (a."Status" is distinct from '{Statuses.Valid}' or a."Type" = '{AuthorizationTypes.AdHoc}')
               and not exists (select 1 from {Tokens} t where t."AuthorizationId" = a."Id")
             order by a."Id" limit 1000)
        """, cancellationToken, threshold.UtcDateTime);

    public ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken)
    {
        var (where, arguments) = Filter(("Subject", subject), ("ApplicationId", client), ("Status", status), ("Type", type));
        return Revoke(where, arguments, cancellationToken);
    }

    public ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        Revoke(""" where "ApplicationId" = $1""", [identifier], cancellationToken);

    public ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        Revoke(""" where "Subject" = $1""", [subject], cancellationToken);

    private ValueTask<long> Revoke(string where, object?[] arguments, CancellationToken ct) =>
        db.RevokeAsync(Authorizations, where, arguments, ct);

    public ValueTask SetApplicationIdAsync(OpenIdAuthorization authorization, string? identifier, CancellationToken cancellationToken) =>
        Set(() => authorization.ApplicationId = identifier);

    public ValueTask SetCreationDateAsync(OpenIdAuthorization authorization, DateTimeOffset? date, CancellationToken cancellationToken) =>
        Set(() => authorization.CreationDate = date?.UtcDateTime);

    public ValueTask SetPropertiesAsync(OpenIdAuthorization authorization, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken) =>
        Set(() => authorization.Properties = StoredJson.Write(properties));

    public ValueTask SetScopesAsync(OpenIdAuthorization authorization, ImmutableArray<string> scopes, CancellationToken cancellationToken) =>
        Set(() => authorization.Scopes = StoredJson.Write(scopes));

    public ValueTask SetStatusAsync(OpenIdAuthorization authorization, string? status, CancellationToken cancellationToken) =>
        Set(() => authorization.Status = status);

    public ValueTask SetSubjectAsync(OpenIdAuthorization authorization, string? subject, CancellationToken cancellationToken) =>
        Set(() => authorization.Subject = subject);

    public ValueTask SetTypeAsync(OpenIdAuthorization authorization, string? type, CancellationToken cancellationToken) =>
        Set(() => authorization.Type = type);

    public async ValueTask UpdateAsync(OpenIdAuthorization authorization, CancellationToken cancellationToken) =>
        authorization.ConcurrencyToken = await db.UpdateAsync(
            Authorizations, authorization.Id, authorization.ConcurrencyToken, Values(authorization), cancellationToken);
}
