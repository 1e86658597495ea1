using Microsoft.AspNetCore.Identity;
using TechMarket.Server.Infrastructure.Auth.Stores;
using TechMarket.Server.Infrastructure.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace TechMarket.Server.Infrastructure.Auth;

public static class OpenIdConnectSetup
{
    public const string ApiScope = "api";

    public static IServiceCollection AddTechMarketAuth(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, string connectionString)
    {
        var auth = configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        services.Configure<AuthOptions>(configuration.GetSection("Auth"));
        var issuer = Issuer(auth, environment);
        var certificate = SigningKeys.Load(auth, environment);

        services.AddSingleton(_ => new IdentityDatabase(connectionString));
        services.AddScoped<IdentitySchema>();
        SigningKeys.AddDataProtection(services, certificate);
        services.AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.User.RequireUniqueEmail = true;
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = Claims.Name;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
            })
            .AddUserStore<UserStore>()
            .AddRoleStore<RoleStore>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.Cookie.Name = "techmarket.login";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        services.AddOpenIddict()
            .AddCore(core =>
            {
                // Plain SQL stores instead of OpenIddict's Entity Framework ones (issue 13: EF Core and its Npgsql
                // provider cost tens of MB of JIT-compiled code for four tables).
                core.SetDefaultApplicationEntity<OpenIdApplication>()
                    .SetDefaultAuthorizationEntity<OpenIdAuthorization>()
                    .SetDefaultScopeEntity<OpenIdScope>()
                    .SetDefaultTokenEntity<OpenIdToken>()
                    .ReplaceApplicationStore<OpenIdApplication, ApplicationStore>(ServiceLifetime.Singleton)
                    .ReplaceAuthorizationStore<OpenIdAuthorization, AuthorizationStore>(ServiceLifetime.Singleton)
                    .ReplaceScopeStore<OpenIdScope, ScopeStore>(ServiceLifetime.Singleton)
                    .ReplaceTokenStore<OpenIdToken, TokenStore>(ServiceLifetime.Singleton);
            })
            .AddServer(server =>
            {
                if (issuer is not null)
                {
                    server.SetIssuer(issuer);
                    server.AddEventHandler(DiscoveryUnderIssuer.Descriptor);
                }

                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.AllowRefreshTokenFlow();
                server.AllowClientCredentialsFlow();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, ApiScope);
                server.SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(2));
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(auth.AccessTokenMinutes));
                server.SetRefreshTokenLifetime(TimeSpan.FromDays(auth.RefreshTokenDays));
                // Rotation is strict: a refresh token is good once; a replay is refused (and revokes the chain).
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                server.Configure(options =>
                {
                    // PKCE with S256 only: "plain" sends the verifier in the clear and is refused.
                    options.CodeChallengeMethods.Clear();
                    options.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
                });
                SigningKeys.AddTo(server, certificate);
                server.DisableAccessTokenEncryption();
                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                if (auth.AllowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                validation.AddEventHandler(ValidatedTokens.Reuse.Descriptor);
                validation.AddEventHandler(ValidatedTokens.Remember.Descriptor);
                validation.AddEventHandler(RefuseRevokedTokens.Descriptor);
            });

        services.AddTechMarketAuthorization();
        services.AddTechMarketRateLimits(auth);
        services.AddTransportSecurity();
        services.AddScoped<UserPrincipalFactory>();
        services.AddScoped<ClientRegistrations>();
        services.AddScoped<SignInEligibility>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton(_ => new TokenRevocations(connectionString));
        services.AddSingleton<OpenIdDatabase>();
        services.AddSingleton<RevocationCache>();
        services.AddSingleton<ValidatedTokens>();
        services.AddHostedService<RevocationFeed>();
        services.AddSingleton<TokenPruning>();
        services.AddHostedService(provider => provider.GetRequiredService<TokenPruning>());
        return services;
    }

    /// <summary>Tokens and the discovery document name one fixed issuer, never whatever Host header a request sent.
    /// Only on a developer's machine or in tests may it follow the request.</summary>
    private static Uri? Issuer(AuthOptions auth, IHostEnvironment environment)
    {
        if (Uri.TryCreate(auth.Issuer, UriKind.Absolute, out var issuer))
        {
            return issuer;
        }

        return environment.IsLocal()
            ? null
            : throw new InvalidOperationException(
                $"Auth:Issuer is not set (or not an absolute URI). Outside Development the server needs the public address its tokens " +
                $"name as issuer, e.g. https://techmarket.example/, in the {environment.EnvironmentName} environment.");
    }
}
