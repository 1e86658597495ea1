namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>Bound from "Auth".</summary>
public sealed class AuthOptions
{
    /// <summary>Lets the OpenID Connect endpoints answer over plain HTTP (local runs, tests). Never in production.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>The issuer every token and the discovery document name, e.g. "https://techmarket.example/".
    /// Required outside Development and Testing; there it is otherwise taken from each request's Host header.</summary>
    public string? Issuer { get; set; }

    /// <summary>A PFX used to sign tokens and to encrypt the data-protection keys at rest; shared by every node.
    /// Required outside Development and Testing; there a development certificate is used without it.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    /// <summary>Redirect URIs the web client may use after login.</summary>
    public List<string> WebRedirectUris { get; set; } = [];

    public List<string> WebPostLogoutRedirectUris { get; set; } = [];

    /// <summary>Secret of the "techmarket-integration" client (client credentials). No integration client when empty.</summary>
    public string? IntegrationClientSecret { get; set; }

    public int AccessTokenMinutes { get; set; } = 30;

    public int RefreshTokenDays { get; set; } = 14;

    public int LoginPermitsPerMinute { get; set; } = 10;

    public int TokenPermitsPerMinute { get; set; } = 30;

    /// <summary>Anonymous organisation registrations per address and minute.</summary>
    public int RegistrationPermitsPerMinute { get; set; } = 5;

    /// <summary>Failed sign-ins one address may make for one e-mail before it must wait (the account stays open
    /// to everyone else: no lockout a rival could trigger).</summary>
    public int LoginFailuresPerAccountAndAddress { get; set; } = 5;

    public int LoginFailureWindowMinutes { get; set; } = 15;

    /// <summary>How often each node reads new revocations (revoked authorizations, ended sessions, suspended
    /// organisations) from PostgreSQL: the longest a revoked access token still opens the API on a node.</summary>
    public double RevocationPollSeconds { get; set; } = 2;
}
