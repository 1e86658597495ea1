using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// Behind a load balancer every request comes from the balancer's address. The per-address rate limits and the
/// scheme of OpenID Connect redirects must see the client instead, so X-Forwarded-For/-Proto are honoured —
/// but only from the proxies named in "Http:TrustedProxies" (addresses or CIDR networks); from anyone else they
/// are ignored, so a client cannot pick its own address to dodge a limit.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var entries = configuration.GetSection("Http:TrustedProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var entry in entries)
            {
                if (entry.Contains('/', StringComparison.Ordinal))
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                }
                else
                {
                    options.KnownProxies.Add(IPAddress.Parse(entry));
                }
            }
        });
        return services;
    }
}
