namespace TechMarket.Server.Infrastructure.Auth.Stores;

// The rows of the four OpenIddict tables in the identity schema, one property per column, with the columns' names. The
// JSON columns hold the text OpenIddict's Entity Framework stores wrote (see StoredJson), so rows written by either
// read the same. Ids are random GUIDs, as those stores made them: they appear in tokens, and a v7 id would date them.
// ConcurrencyToken changes with every write (ours, and identity.revoke_subject's), so a stale copy cannot be written back.

/// <summary>A client of the OpenID Connect server (identity."OpenIddictApplications").</summary>
public sealed class OpenIdApplication
{
    public string Id { get; set; } = Guid.NewGuid().ToString();
    public string? ApplicationType { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string? ClientType { get; set; }
    public string? ConcurrencyToken { get; set; } = Guid.NewGuid().ToString();
    public string? ConsentType { get; set; }
    public string? DisplayName { get; set; }
    public string? DisplayNames { get; set; }
    public string? JsonWebKeySet { get; set; }
    public string? Permissions { get; set; }
    public string? PostLogoutRedirectUris { get; set; }
    public string? Properties { get; set; }
    public string? RedirectUris { get; set; }
    public string? Requirements { get; set; }
    public string? Settings { get; set; }
}

/// <summary>What a subject allowed a client (identity."OpenIddictAuthorizations"); a login session's tokens share one.</summary>
public sealed class OpenIdAuthorization
{
    public string Id { get; set; } = Guid.NewGuid().ToString();
    public string? ApplicationId { get; set; }
    public string? ConcurrencyToken { get; set; } = Guid.NewGuid().ToString();
    public DateTime? CreationDate { get; set; }
    public string? Properties { get; set; }
    public string? Scopes { get; set; }
    public string? Status { get; set; }
    public string? Subject { get; set; }
    public string? Type { get; set; }
}

/// <summary>A scope registered in the database (identity."OpenIddictScopes"); the server's own scopes are registered in
/// code, so the table stays empty unless an operator adds one.</summary>
public sealed class OpenIdScope
{
    public string Id { get; set; } = Guid.NewGuid().ToString();
    public string? ConcurrencyToken { get; set; } = Guid.NewGuid().ToString();
    public string? Description { get; set; }
    public string? Descriptions { get; set; }
    public string? DisplayName { get; set; }
    public string? DisplayNames { get; set; }
    public string? Name { get; set; }
    public string? Properties { get; set; }
    public string? Resources { get; set; }
}

/// <summary>An issued authorization code or refresh token (identity."OpenIddictTokens"): its status is what makes a
/// code or refresh token good once.</summary>
public sealed class OpenIdToken
{
    public string Id { get; set; } = Guid.NewGuid().ToString();
    public string? ApplicationId { get; set; }
    public string? AuthorizationId { get; set; }
    public string? ConcurrencyToken { get; set; } = Guid.NewGuid().ToString();
    public DateTime? CreationDate { get; set; }
    public DateTime? ExpirationDate { get; set; }
    public string? Payload { get; set; }
    public string? Properties { get; set; }
    public DateTime? RedemptionDate { get; set; }
    public string? ReferenceId { get; set; }
    public string? Status { get; set; }
    public string? Subject { get; set; }
    public string? Type { get; set; }
}
