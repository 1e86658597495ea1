using System.Globalization;
using System.Threading.RateLimiting;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>Per-address limits on what anyone may call without an account: the login form, the token endpoint
/// and organisation registration (429 with Retry-After beyond). Behind a trusted load balancer the address is
/// the client's (<see cref="TrustedProxies"/>).</summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Token = "token";
    public const string Registration = "registration";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddTechMarketRateLimits(this IServiceCollection services, AuthOptions auth) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
                context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds(wait);
                await Problems.Problem(StatusCodes.Status429TooManyRequests, "rate-limited", "Too many requests",
                    "Too many attempts from this address; wait a minute and try again.").ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(Login, http => PerAddress(http, auth.LoginPermitsPerMinute));
            limiter.AddPolicy(Token, http => PerAddress(http, auth.TokenPermitsPerMinute));
            limiter.AddPolicy(Registration, http => PerAddress(http, auth.RegistrationPermitsPerMinute));
        });

    /// <summary>Whole seconds, rounded up: "0" would invite an immediate retry that is refused again.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static RateLimitPartition<string> PerAddress(HttpContext http, int permitsPerMinute)
    {
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        return RateLimitPartition.Get(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new ClockWindowLimiter(clock, permitsPerMinute, Window));
    }
}
