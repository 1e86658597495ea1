namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>Bound from "Auth".</summary>
public sealed class AuthOptions
{
    /// <summary>Lets the OpenID Connect endpoints answer over plain HTTP (local runs, tests). Never in production.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>A PFX used to sign tokens; shared by every node. Without it, a development certificate is used.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    /// <summary>Redirect URIs the web client may use after login.</summary>
    public List<string> WebRedirectUris { get; set; } = [];

    public List<string> WebPostLogoutRedirectUris { get; set; } = [];

    /// <summary>Secret of the "techmarket-integration" client (client credentials). No integration client when empty.</summary>
    public string? IntegrationClientSecret { get; set; }

    public int AccessTokenMinutes { get; set; } = 30;

    public int LoginPermitsPerMinute { get; set; } = 10;

    public int TokenPermitsPerMinute { get; set; } = 30;
}
