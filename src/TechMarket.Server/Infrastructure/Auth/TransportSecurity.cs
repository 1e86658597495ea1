using Microsoft.AspNetCore.Antiforgery;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>
/// HTTPS where it is HTTPS: cookies are Secure whenever the request is (also behind a trusted load balancer that
/// says so in X-Forwarded-Proto, which UseForwardedHeaders turns into the request's scheme first), browsers are
/// told to stay on HTTPS (HSTS, outside Development), and no response may be sniffed into another content type.
/// </summary>
public static class TransportSecurity
{
    public static IServiceCollection AddTransportSecurity(this IServiceCollection services)
    {
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.Configure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>Right after UseForwardedHeaders, before anything answers.</summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        // Set when the response starts, so that error pages written after a failure (which clear the headers) carry it too.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            });
            return next(context);
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}
