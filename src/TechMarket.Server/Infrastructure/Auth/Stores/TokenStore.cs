using System.Collections.Immutable;
using System.Text.Json;
using Npgsql;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static TechMarket.Server.Infrastructure.Auth.Stores.OpenIdDatabase;

namespace TechMarket.Server.Infrastructure.Auth.Stores;

/// <summary>OpenIddict's authorization codes and refresh tokens in identity."OpenIddictTokens" (<see cref="OpenIdDatabase"/>).
/// A code or refresh token is redeemed by an update checked against its concurrency token, so of two concurrent
/// redemptions one wins; a revocation here reaches every node through the table's trigger and the revocation log.</summary>
public sealed class TokenStore(OpenIdDatabase db, TimeProvider clock) : IOpenIddictTokenStore<OpenIdToken>
{
    private static readonly string Select = $"""select "Id", "ConcurrencyToken", {Names(Values(new()))} from {Tokens}""";

    /// <summary>Every column but the id and the concurrency token, in the order <see cref="Read"/> reads them.</summary>
    private static Column[] Values(OpenIdToken token) =>
    [
        new("ApplicationId", token.ApplicationId), new("AuthorizationId", token.AuthorizationId),
        new("CreationDate", token.CreationDate), new("ExpirationDate", token.ExpirationDate), new("Payload", token.Payload),
        new("Properties", token.Properties), new("RedemptionDate", token.RedemptionDate), new("ReferenceId", token.ReferenceId),
        new("Status", token.Status), new("Subject", token.Subject), new("Type", token.Type),
    ];

    private static OpenIdToken Read(NpgsqlDataReader row) => new()
    {
        Id = row.GetString(0), ConcurrencyToken = Text(row, 1),
        ApplicationId = Text(row, 2), AuthorizationId = Text(row, 3), CreationDate = Time(row, 4), ExpirationDate = Time(row, 5),
        Payload = Text(row, 6), Properties = Text(row, 7), RedemptionDate = Time(row, 8), ReferenceId = Text(row, 9),
        Status = Text(row, 10), Subject = Text(row, 11), Type = Text(row, 12),
    };

    public ValueTask<long> CountAsync(CancellationToken cancellationToken) => db.CountAsync(Tokens, cancellationToken);

    public ValueTask<long> CountAsync<TResult>(Func<IQueryable<OpenIdToken>, IQueryable<TResult>> query, CancellationToken cancellationToken) =>
        throw Unsupported.Query();

    public ValueTask CreateAsync(OpenIdToken token, CancellationToken cancellationToken) =>
        db.InsertAsync(Tokens, token.Id, token.ConcurrencyToken, Values(token), cancellationToken);

    public ValueTask DeleteAsync(OpenIdToken token, CancellationToken cancellationToken) =>
        db.DeleteAsync(Tokens, token.Id, token.ConcurrencyToken, [], cancellationToken);

    public IAsyncEnumerable<OpenIdToken> FindAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken)
    {
        var (where, arguments) = Filter(("Subject", subject), ("ApplicationId", client), ("Status", status), ("Type", type));
        return db.ListAsync(Select + where, Read, arguments, cancellationToken);
    }

    public IAsyncEnumerable<OpenIdToken> FindByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        db.ListAsync($"""{Select} where "ApplicationId" = $1""", Read, [identifier], cancellationToken);

    public IAsyncEnumerable<OpenIdToken> FindByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken) =>
        db.ListAsync($"""{Select} where "AuthorizationId" = $1""", Read, [identifier], cancellationToken);

    public ValueTask<OpenIdToken?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        db.FirstAsync($"""{Select} where "Id" = $1""", Read, cancellationToken, identifier);

    public ValueTask<OpenIdToken?> FindByReferenceIdAsync(string identifier, CancellationToken cancellationToken) =>
        db.FirstAsync($"""{Select} where "ReferenceId" = $1""", Read, cancellationToken, identifier);

    public IAsyncEnumerable<OpenIdToken> FindBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        db.ListAsync($"""{Select} where "Subject" = $1""", Read, [subject], cancellationToken);

    public ValueTask<string?> GetApplicationIdAsync(OpenIdToken token, CancellationToken cancellationToken) => new(token.ApplicationId);

    public ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<OpenIdToken>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        throw Unsupported.Query();

    public ValueTask<string?> GetAuthorizationIdAsync(OpenIdToken token, CancellationToken cancellationToken) => new(token.AuthorizationId);

    public ValueTask<DateTimeOffset?> GetCreationDateAsync(OpenIdToken token, CancellationToken cancellationToken) => new(Utc(token.CreationDate));

    public ValueTask<DateTimeOffset?> GetExpirationDateAsync(OpenIdToken token, CancellationToken cancellationToken) => new(Utc(token.ExpirationDate));

    public ValueTask<string?> GetIdAsync(OpenIdToken token, CancellationToken cancellationToken) => new(token.Id);

    public ValueTask<string?> GetPayloadAsync(OpenIdToken token, CancellationToken cancellationToken) => new(token.Payload);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OpenIdToken token, CancellationToken cancellationToken) =>
        new(StoredJson.ReadProperties(token.Properties));

    public ValueTask<DateTimeOffset?> GetRedemptionDateAsync(OpenIdToken token, CancellationToken cancellationToken) => new(Utc(token.RedemptionDate));

    public ValueTask<string?> GetReferenceIdAsync(OpenIdToken token, CancellationToken cancellationToken) => new(token.ReferenceId);

    public ValueTask<string?> GetStatusAsync(OpenIdToken token, CancellationToken cancellationToken) => new(token.Status);

    public ValueTask<string?> GetSubjectAsync(OpenIdToken token, CancellationToken cancellationToken) => new(token.Subject);

    public ValueTask<string?> GetTypeAsync(OpenIdToken token, CancellationToken cancellationToken) => new(token.Type);

    public ValueTask<OpenIdToken> InstantiateAsync(CancellationToken cancellationToken) => new(new OpenIdToken());

    public IAsyncEnumerable<OpenIdToken> ListAsync(int? count, int? offset, CancellationToken cancellationToken) =>
        db.ListAsync($"""{Select} order by "Id"{Page(count, offset)}""", Read, [], cancellationToken);

    public IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<OpenIdToken>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        throw Unsupported.Query();

    /// <summary>Removes, a thousand at a time, the tokens created before the threshold that can no longer be used: redeemed,
    /// revoked or rejected, expired, or of an authorization that is no longer valid.</summary>
    public ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken) =>
        db.DeleteInBatchesAsync($"""
        delete from {Tokens} where "Id" in (
            select t."Id" from {Tokens} t left join {Authorizations} a on a."Id" = t."AuthorizationId"
             where t."CreationDate" < $1
               and (t."Status" is null or t."Status" not in ('{Statuses.Inactive}', '{Statuses.Valid}')
                    or (a."Id" is not null and a."Status" is distinct from '{Statuses.Valid}')
                    or t."ExpirationDate" < $2)
             order by t."Id" limit 1000)
        """, cancellationToken, threshold.UtcDateTime, clock.GetUtcNow().UtcDateTime);

    public ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken)
    {
        var (where, arguments) = Filter(("Subject", subject), ("ApplicationId", client), ("Status", status), ("Type", type));
        return Revoke(where, arguments, cancellationToken);
    }

    public ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        Revoke(""" where "ApplicationId" = $1""", [identifier], cancellationToken);

    public ValueTask<long> RevokeByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken) =>
        Revoke(""" where "AuthorizationId" = $1""", [identifier], cancellationToken);

    public ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        Revoke(""" where "Subject" = $1""", [subject], cancellationToken);

    private ValueTask<long> Revoke(string where, object?[] arguments, CancellationToken ct) =>
        db.RevokeAsync(Tokens, where, arguments, ct);

    public ValueTask SetApplicationIdAsync(OpenIdToken token, string? identifier, CancellationToken cancellationToken) =>
        Set(() => token.ApplicationId = identifier);

    public ValueTask SetAuthorizationIdAsync(OpenIdToken token, string? identifier, CancellationToken cancellationToken) =>
        Set(() => token.AuthorizationId = identifier);

    public ValueTask SetCreationDateAsync(OpenIdToken token, DateTimeOffset? date, CancellationToken cancellationToken) =>
        Set(() => token.CreationDate = date?.UtcDateTime);

    public ValueTask SetExpirationDateAsync(OpenIdToken token, DateTimeOffset? date, CancellationToken cancellationToken) =>
        Set(() => token.ExpirationDate = date?.UtcDateTime);

    public ValueTask SetPayloadAsync(OpenIdToken token, string? payload, CancellationToken cancellationToken) =>
        Set(() => token.Payload = payload);

    public ValueTask SetPropertiesAsync(OpenIdToken token, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken) =>
        Set(() => token.Properties = StoredJson.Write(properties));

    public ValueTask SetRedemptionDateAsync(OpenIdToken token, DateTimeOffset? date, CancellationToken cancellationToken) =>
        Set(() => token.RedemptionDate = date?.UtcDateTime);

    public ValueTask SetReferenceIdAsync(OpenIdToken token, string? identifier, CancellationToken cancellationToken) =>
        Set(() => token.ReferenceId = identifier);

    public ValueTask SetStatusAsync(OpenIdToken token, string? status, CancellationToken cancellationToken) =>
        Set(() => token.Status = status);

    public ValueTask SetSubjectAsync(OpenIdToken token, string? subject, CancellationToken cancellationToken) =>
        Set(() => token.Subject = subject);

    public ValueTask SetTypeAsync(OpenIdToken token, string? type, CancellationToken cancellationToken) =>
        Set(() => token.Type = type);

    public async ValueTask UpdateAsync(OpenIdToken token, CancellationToken cancellationToken) =>
        token.ConcurrencyToken = await db.UpdateAsync(Tokens, token.Id, token.ConcurrencyToken, Values(token), cancellationToken);
}
