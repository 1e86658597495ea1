using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Npgsql;
using OpenIddict.Abstractions;
using static TechMarket.Server.Infrastructure.Auth.Stores.OpenIdDatabase;

namespace TechMarket.Server.Infrastructure.Auth.Stores;

/// <summary>OpenIddict's scopes in identity."OpenIddictScopes" (<see cref="OpenIdDatabase"/>).</summary>
public sealed class ScopeStore(OpenIdDatabase db) : IOpenIddictScopeStore<OpenIdScope>
{
    private static readonly string Select = $"""select "Id", "ConcurrencyToken", {Names(Values(new()))} from {Scopes}""";

    /// <summary>Every column but the id and the concurrency token, in the order <see cref="Read"/> reads them.</summary>
    private static Column[] Values(OpenIdScope scope) =>
    [
        new("Description", scope.Description), new("Descriptions", scope.Descriptions), new("DisplayName", scope.DisplayName),
        new("DisplayNames", scope.DisplayNames), new("Name", scope.Name), new("Properties", scope.Properties),
        new("Resources", scope.Resources),
    ];

    private static OpenIdScope Read(NpgsqlDataReader row) => new()
    {
        Id = row.GetString(0), ConcurrencyToken = Text(row, 1),
        Description = Text(row, 2), Descriptions = Text(row, 3), DisplayName = Text(row, 4), DisplayNames = Text(row, 5),
        Name = Text(row, 6), Properties = Text(row, 7), Resources = Text(row, 8),
    };

    public ValueTask<long> CountAsync(CancellationToken cancellationToken) => db.CountAsync(Scopes, cancellationToken);

    public ValueTask<long> CountAsync<TResult>(Func<IQueryable<OpenIdScope>, IQueryable<TResult>> query, CancellationToken cancellationToken) =>
        throw Unsupported.Query();

    public ValueTask CreateAsync(OpenIdScope scope, CancellationToken cancellationToken) =>
        db.InsertAsync(Scopes, scope.Id, scope.ConcurrencyToken, Values(scope), cancellationToken);

    public ValueTask DeleteAsync(OpenIdScope scope, CancellationToken cancellationToken) =>
        db.DeleteAsync(Scopes, scope.Id, scope.ConcurrencyToken, [], cancellationToken);

    public ValueTask<OpenIdScope?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        db.FirstAsync($"""{Select} where "Id" = $1""", Read, cancellationToken, identifier);

    public ValueTask<OpenIdScope?> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        db.FirstAsync($"""{Select} where "Name" = $1""", Read, cancellationToken, name);

    public IAsyncEnumerable<OpenIdScope> FindByNamesAsync(ImmutableArray<string> names, CancellationToken cancellationToken) =>
        db.ListAsync($"""{Select} where "Name" = any($1)""", Read, [names.ToArray()], cancellationToken);

    /// <summary>The rows whose JSON text contains the resource, then only those whose list has it exactly.</summary>
    public async IAsyncEnumerable<OpenIdScope> FindByResourceAsync(string resource, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var scope in db.ListAsync($"""{Select} where strpos("Resources", $1) > 0""", Read, [resource], cancellationToken))
        {
            if (StoredJson.ReadArray(scope.Resources).Contains(resource, StringComparer.Ordinal))
            {
                yield return scope;
            }
        }
    }

    public ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<OpenIdScope>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        throw Unsupported.Query();

    public ValueTask<string?> GetDescriptionAsync(OpenIdScope scope, CancellationToken cancellationToken) => new(scope.Description);

    public ValueTask<ImmutableDictionary<CultureInfo, string>> GetDescriptionsAsync(OpenIdScope scope, CancellationToken cancellationToken) =>
        new(StoredJson.ReadCultures(scope.Descriptions));

    public ValueTask<string?> GetDisplayNameAsync(OpenIdScope scope, CancellationToken cancellationToken) => new(scope.DisplayName);

    public ValueTask<ImmutableDictionary<CultureInfo, string>> GetDisplayNamesAsync(OpenIdScope scope, CancellationToken cancellationToken) =>
        new(StoredJson.ReadCultures(scope.DisplayNames));

    public ValueTask<string?> GetIdAsync(OpenIdScope scope, CancellationToken cancellationToken) => new(scope.Id);

    public ValueTask<string?> GetNameAsync(OpenIdScope scope, CancellationToken cancellationToken) => new(scope.Name);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OpenIdScope scope, CancellationToken cancellationToken) =>
        new(StoredJson.ReadProperties(scope.Properties));

    public ValueTask<ImmutableArray<string>> GetResourcesAsync(OpenIdScope scope, CancellationToken cancellationToken) =>
        new(StoredJson.ReadArray(scope.Resources));

    public ValueTask<OpenIdScope> InstantiateAsync(CancellationToken cancellationToken) => new(new OpenIdScope());

    public IAsyncEnumerable<OpenIdScope> ListAsync(int? count, int? offset, CancellationToken cancellationToken) =>
        db.ListAsync($"""{Select} order by "Id"{Page(count, offset)}""", Read, [], cancellationToken);

    public IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<OpenIdScope>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        throw Unsupported.Query();

    public ValueTask SetDescriptionAsync(OpenIdScope scope, string? description, CancellationToken cancellationToken) =>
        Set(() => scope.Description = description);

    public ValueTask SetDescriptionsAsync(OpenIdScope scope, ImmutableDictionary<CultureInfo, string> descriptions, CancellationToken cancellationToken) =>
        Set(() => scope.Descriptions = StoredJson.Write(descriptions));

    public ValueTask SetDisplayNameAsync(OpenIdScope scope, string? name, CancellationToken cancellationToken) =>
        Set(() => scope.DisplayName = name);

    public ValueTask SetDisplayNamesAsync(OpenIdScope scope, ImmutableDictionary<CultureInfo, string> names, CancellationToken cancellationToken) =>
        Set(() => scope.DisplayNames = StoredJson.Write(names));

    public ValueTask SetNameAsync(OpenIdScope scope, string? name, CancellationToken cancellationToken) =>
        Set(() => scope.Name = name);

    public ValueTask SetPropertiesAsync(OpenIdScope scope, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken) =>
        Set(() => scope.Properties = StoredJson.Write(properties));

    public ValueTask SetResourcesAsync(OpenIdScope scope, ImmutableArray<string> resources, CancellationToken cancellationToken) =>
        Set(() => scope.Resources = StoredJson.Write(resources));

    public async ValueTask UpdateAsync(OpenIdScope scope, CancellationToken cancellationToken) =>
        scope.ConcurrencyToken = await db.UpdateAsync(Scopes, scope.Id, scope.ConcurrencyToken, Values(scope), cancellationToken);
}
