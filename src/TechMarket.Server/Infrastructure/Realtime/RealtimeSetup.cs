using Microsoft.AspNetCore.SignalR;
using System.Text.Json.Serialization;
using Marten;
using StackExchange.Redis;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Infrastructure.Postgres;

namespace TechMarket.Server.Infrastructure.Realtime;

public static class RealtimeSetup
{
    /// <summary>SignalR with the hub's guard; with Redis:Connection set, the Redis backplane, so a push from the node
    /// that runs the daemon reaches clients connected to any node.</summary>
    public static IServiceCollection AddTechMarketRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RealtimeOptions>(configuration.GetSection("Realtime"));
        var signalR = services.AddSignalR(hub => hub.AddFilter<RefuseRevokedCalls>())
            .AddJsonProtocol(json =>
            {
                json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
            });
        if (configuration["Redis:Connection"] is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = RedisChannel.Literal("techmarket"));
        }

        services.AddSingleton<HubConnections>();
        services.AddSingleton<RefuseRevokedCalls>();
        services.AddSingleton<IRealtimePush, HubPush>();
        services.AddHostedService<HubConnectionGuard>();
        var realtime = configuration.GetSection("Realtime").Get<RealtimeOptions>() ?? new RealtimeOptions();
        if (realtime.ListenNotify)
        {
            // Not Marten's UseListenNotifyForEventAppends: its NOTIFY inside every append serialised the appends' commits.
            services.AddSingleton(provider => new AppendWakeup(
                configuration.ConnectionString(), TimeSpan.FromMilliseconds(realtime.WakeupGapMilliseconds),
                [.. provider.GetServices<UrgentEvents>().SelectMany(u => u.Types)], provider.GetRequiredService<ILogger<AppendWakeup>>()));
            services.ConfigureMarten((provider, options) =>
            {
                var wakeup = provider.GetRequiredService<AppendWakeup>();
                options.Listeners.Add(wakeup);
                options.Projections.Wakeup = wakeup;
            });
        }

        return services;
    }

    public static IEndpointRouteBuilder MapTechMarketRealtime(this IEndpointRouteBuilder app)
    {
        // SignalR's own CloseOnAuthenticationExpiration stays off: HubConnectionGuard closes an expired token's connection
        // as it closes a revoked one, and says so in the log; two closers raced, and one of them left no trace.
        app.MapHub<MarketHub>("/hubs/market")
            .RequireAuthorization(Policies.User); // notices are a person's: an integration client has none
        return app;
    }
}
