using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using OpenIddict.Abstractions;
using static TechMarket.Server.Infrastructure.Auth.Stores.OpenIdDatabase;

namespace TechMarket.Server.Infrastructure.Auth.Stores;

/// <summary>OpenIddict's clients in identity."OpenIddictApplications" (<see cref="OpenIdDatabase"/>).</summary>
public sealed class ApplicationStore(OpenIdDatabase db) : IOpenIddictApplicationStore<OpenIdApplication>
{
    private static readonly string Select = $"""select "Id", "ConcurrencyToken", {Names(Values(new()))} from {Applications}""";

    /// <summary>Every column but the id and the concurrency token, in the order <see cref="Read"/> reads them.</summary>
    private static Column[] Values(OpenIdApplication application) =>
    [
        new("ApplicationType", application.ApplicationType), new("ClientId", application.ClientId),
        new("ClientSecret", application.ClientSecret), new("ClientType", application.ClientType),
        new("ConsentType", application.ConsentType), new("DisplayName", application.DisplayName),
        new("DisplayNames", application.DisplayNames), new("JsonWebKeySet", application.JsonWebKeySet),
        new("Permissions", application.Permissions), new("PostLogoutRedirectUris", application.PostLogoutRedirectUris),
        new("Properties", application.Properties), new("RedirectUris", application.RedirectUris),
        new("Requirements", application.Requirements), new("Settings", application.Settings),
    ];

    private static OpenIdApplication Read(NpgsqlDataReader row) => new()
    {
        Id = row.GetString(0), ConcurrencyToken = Text(row, 1),
        ApplicationType = Text(row, 2), ClientId = Text(row, 3), ClientSecret = Text(row, 4), ClientType = Text(row, 5),
        ConsentType = Text(row, 6), DisplayName = Text(row, 7), DisplayNames = Text(row, 8), JsonWebKeySet = Text(row, 9),
        Permissions = Text(row, 10), PostLogoutRedirectUris = Text(row, 11), Properties = Text(row, 12),
        RedirectUris = Text(row, 13), Requirements = Text(row, 14), Settings = Text(row, 15),
    };

    public ValueTask<long> CountAsync(CancellationToken cancellationToken) => db.CountAsync(Applications, cancellationToken);

    public ValueTask<long> CountAsync<TResult>(Func<IQueryable<OpenIdApplication>, IQueryable<TResult>> query, CancellationToken cancellationToken) =>
        throw Unsupported.Query();

    public ValueTask CreateAsync(OpenIdApplication application, CancellationToken cancellationToken) =>
        db.InsertAsync(Applications, application.Id, application.ConcurrencyToken, Values(application), cancellationToken);

    /// <summary>With the application go its authorizations and every token issued to it.</summary>
    public ValueTask DeleteAsync(OpenIdApplication application, CancellationToken cancellationToken) =>
        db.DeleteAsync(Applications, application.Id, application.ConcurrencyToken,
        [
            $"""delete from {Tokens} where "ApplicationId" = $1 or "AuthorizationId" in (select "Id" from {Authorizations} where "ApplicationId" = $1)""",
            $"""delete from {Authorizations} where "ApplicationId" = $1""",
        ], cancellationToken);

    public ValueTask<OpenIdApplication?> FindByClientIdAsync(string identifier, CancellationToken cancellationToken) =>
        db.FirstAsync($"""{Select} where "ClientId" = $1""", Read, cancellationToken, identifier);

    public ValueTask<OpenIdApplication?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        db.FirstAsync($"""{Select} where "Id" = $1""", Read, cancellationToken, identifier);

    public IAsyncEnumerable<OpenIdApplication> FindByPostLogoutRedirectUriAsync(string uri, CancellationToken cancellationToken) =>
        FindByUriAsync("PostLogoutRedirectUris", a => a.PostLogoutRedirectUris, uri, cancellationToken);

    public IAsyncEnumerable<OpenIdApplication> FindByRedirectUriAsync(string uri, CancellationToken cancellationToken) =>
        FindByUriAsync("RedirectUris", a => a.RedirectUris, uri, cancellationToken);

    /// <summary>The rows whose JSON text contains the URI, then only those whose list has it exactly.</summary>
    private async IAsyncEnumerable<OpenIdApplication> FindByUriAsync(
        string column, Func<OpenIdApplication, string?> uris, string uri, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var application in db.ListAsync($"""{Select} where strpos("{column}", $1) > 0""", Read, [uri], ct))
        {
            if (StoredJson.ReadArray(uris(application)).Contains(uri, StringComparer.Ordinal))
            {
                yield return application;
            }
        }
    }

    public ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<OpenIdApplication>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        throw Unsupported.Query();

    public ValueTask<string?> GetApplicationTypeAsync(OpenIdApplication application, CancellationToken cancellationToken) => new(application.ApplicationType);

    public ValueTask<string?> GetClientIdAsync(OpenIdApplication application, CancellationToken cancellationToken) => new(application.ClientId);

    public ValueTask<string?> GetClientSecretAsync(OpenIdApplication application, CancellationToken cancellationToken) => new(application.ClientSecret);

    public ValueTask<string?> GetClientTypeAsync(OpenIdApplication application, CancellationToken cancellationToken) => new(application.ClientType);

    public ValueTask<string?> GetConsentTypeAsync(OpenIdApplication application, CancellationToken cancellationToken) => new(application.ConsentType);

    public ValueTask<string?> GetDisplayNameAsync(OpenIdApplication application, CancellationToken cancellationToken) => new(application.DisplayName);

    public ValueTask<ImmutableDictionary<CultureInfo, string>> GetDisplayNamesAsync(OpenIdApplication application, CancellationToken cancellationToken) =>
        new(StoredJson.ReadCultures(application.DisplayNames));

    public ValueTask<string?> GetIdAsync(OpenIdApplication application, CancellationToken cancellationToken) => new(application.Id);

    public ValueTask<JsonWebKeySet?> GetJsonWebKeySetAsync(OpenIdApplication application, CancellationToken cancellationToken) =>
        new(string.IsNullOrEmpty(application.JsonWebKeySet) ? null : JsonWebKeySet.Create(application.JsonWebKeySet));

    public ValueTask<ImmutableArray<string>> GetPermissionsAsync(OpenIdApplication application, CancellationToken cancellationToken) =>
        new(StoredJson.ReadArray(application.Permissions));

    public ValueTask<ImmutableArray<string>> GetPostLogoutRedirectUrisAsync(OpenIdApplication application, CancellationToken cancellationToken) =>
        new(StoredJson.ReadArray(application.PostLogoutRedirectUris));

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OpenIdApplication application, CancellationToken cancellationToken) =>
        new(StoredJson.ReadProperties(application.Properties));

    public ValueTask<ImmutableArray<string>> GetRedirectUrisAsync(OpenIdApplication application, CancellationToken cancellationToken) =>
        new(StoredJson.ReadArray(application.RedirectUris));

    public ValueTask<ImmutableArray<string>> GetRequirementsAsync(OpenIdApplication application, CancellationToken cancellationToken) =>
        new(StoredJson.ReadArray(application.Requirements));

    public ValueTask<ImmutableDictionary<string, string>> GetSettingsAsync(OpenIdApplication application, CancellationToken cancellationToken) =>
        new(StoredJson.ReadStrings(application.Settings));

    public ValueTask<OpenIdApplication> InstantiateAsync(CancellationToken cancellationToken) => new(new OpenIdApplication());

    public IAsyncEnumerable<OpenIdApplication> ListAsync(int? count, int? offset, CancellationToken cancellationToken) =>
        db.ListAsync($"""{Select} order by "Id"{Page(count, offset)}""", Read, [], cancellationToken);

    public IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<OpenIdApplication>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        throw Unsupported.Query();

    public ValueTask SetApplicationTypeAsync(OpenIdApplication application, string? type, CancellationToken cancellationToken) =>
        Set(() => application.ApplicationType = type);

    public ValueTask SetClientIdAsync(OpenIdApplication application, string? identifier, CancellationToken cancellationToken) =>
        Set(() => application.ClientId = identifier);

    public ValueTask SetClientSecretAsync(OpenIdApplication application, string? secret, CancellationToken cancellationToken) =>
        Set(() => application.ClientSecret = secret);

    public ValueTask SetClientTypeAsync(OpenIdApplication application, string? type, CancellationToken cancellationToken) =>
        Set(() => application.ClientType = type);

    public ValueTask SetConsentTypeAsync(OpenIdApplication application, string? type, CancellationToken cancellationToken) =>
        Set(() => application.ConsentType = type);

    public ValueTask SetDisplayNameAsync(OpenIdApplication application, string? name, CancellationToken cancellationToken) =>
        Set(() => application.DisplayName = name);

    public ValueTask SetDisplayNamesAsync(OpenIdApplication application, ImmutableDictionary<CultureInfo, string> names, CancellationToken cancellationToken) =>
        Set(() => application.DisplayNames = StoredJson.Write(names));

    public ValueTask SetJsonWebKeySetAsync(OpenIdApplication application, JsonWebKeySet? set, CancellationToken cancellationToken) =>
        Set(() => application.JsonWebKeySet = set is null ? null : JsonSerializer.Serialize(set));

    public ValueTask SetPermissionsAsync(OpenIdApplication application, ImmutableArray<string> permissions, CancellationToken cancellationToken) =>
        Set(() => application.Permissions = StoredJson.Write(permissions));

    public ValueTask SetPostLogoutRedirectUrisAsync(OpenIdApplication application, ImmutableArray<string> uris, CancellationToken cancellationToken) =>
        Set(() => application.PostLogoutRedirectUris = StoredJson.Write(uris));

    public ValueTask SetPropertiesAsync(OpenIdApplication application, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken) =>
        Set(() => application.Properties = StoredJson.Write(properties));

    public ValueTask SetRedirectUrisAsync(OpenIdApplication application, ImmutableArray<string> uris, CancellationToken cancellationToken) =>
        Set(() => application.RedirectUris = StoredJson.Write(uris));

    public ValueTask SetRequirementsAsync(OpenIdApplication application, ImmutableArray<string> requirements, CancellationToken cancellationToken) =>
        Set(() => application.Requirements = StoredJson.Write(requirements));

    public ValueTask SetSettingsAsync(OpenIdApplication application, ImmutableDictionary<string, string> settings, CancellationToken cancellationToken) =>
        Set(() => application.Settings = StoredJson.Write(settings));

    public async ValueTask UpdateAsync(OpenIdApplication application, CancellationToken cancellationToken) =>
        application.ConcurrencyToken = await db.UpdateAsync(Applications, application.Id, application.ConcurrencyToken, Values(application), cancellationToken);
}
