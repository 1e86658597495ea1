using Marten;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Infrastructure.Realtime;
using TechMarket.Server.Modules.Matching;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>Stored, numbered notices per user, the hub's channels, and the daemon subscription that feeds both
/// (and runs the matching).</summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<INoticeFeed, NoticeFeed>();
        services.AddSingleton<IHubChannel, BoardChannel>();
        services.AddSingleton<IHubChannel, OrganisationChannel>();
        services.AddSingleton<IHubChannel, TickerChannel>();
        services.AddSingleton<IHubChannel, SealedBidsChannel>();
        services.AddSingleton<BoardWatch>();
        services.AddSingleton<RealtimeSubscription>();
        services.AddSingleton(new UrgentEvents(Matchmaker.Subjects)); // a user waits for their matches: no wake-up gap
        services.ConfigureMarten((provider, options) =>
        {
            options.Schema.For<Notification>()
                .DocumentAlias("notification")
                .UniqueIndex(n => n.UserId, n => n.Sequence);
            options.Schema.For<NotificationCounter>().DocumentAlias("notification_counter");
            options.Schema.For<BoardSnapshot>().DocumentAlias("board_snapshot");
            options.Events.Subscribe(provider.GetRequiredService<RealtimeSubscription>());
        });
        return services;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/notifications").WithTags("Notifications")
            .MapNotificationQueries()
            .MapMarkNoticesRead();
        return app;
    }
}
