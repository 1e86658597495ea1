using System.Security.Cryptography.X509Certificates;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace TechMarket.Server.Infrastructure.Auth;

public static class OpenIdConnectSetup
{
    public const string ApiScope = "api";
    public const string LoginRateLimit = "login";
    public const string TokenRateLimit = "token";

    public static IServiceCollection AddTechMarketAuth(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var auth = configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        services.Configure<AuthOptions>(configuration.GetSection("Auth"));

        services.AddDbContext<AppDbContext>(options => AppDbContext.Configure(options, connectionString));
        services.AddDataProtection().SetApplicationName("TechMarket").PersistKeysToDbContext<AppDbContext>();
        services.AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = Claims.Name;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.Cookie.Name = "techmarket.login";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AppDbContext>())
            .AddServer(server =>
            {
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
                server.SetRefreshTokenLifetime(TimeSpan.FromDays(14));
                // Rotation is strict: a refresh token is good once; a replay is refused (and revokes the chain).
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                server.Configure(options =>
                {
                    // PKCE with S256 only: "plain" sends the verifier in the clear and is refused.
                    options.CodeChallengeMethods.Clear();
                    options.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
                });
                AddKeys(server, auth);
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
            });

        services.AddTechMarketAuthorization();
        services.AddScoped<UserPrincipalFactory>();
        services.AddScoped<ClientRegistrations>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await Problems.Problem(StatusCodes.Status429TooManyRequests, "rate-limited", "Too many requests",
                    "Too many attempts from this address; wait a minute and try again.").ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(LoginRateLimit, http => PerAddress(http, auth.LoginPermitsPerMinute));
            limiter.AddPolicy(TokenRateLimit, http => PerAddress(http, auth.TokenPermitsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext http, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static void AddKeys(OpenIddictServerBuilder server, AuthOptions auth)
    {
        if (string.IsNullOrWhiteSpace(auth.SigningCertificatePath))
        {
            server.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
            return;
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(auth.SigningCertificatePath, auth.SigningCertificatePassword);
        server.AddSigningCertificate(certificate).AddEncryptionCertificate(certificate);
    }
}
