using System.Diagnostics;
using System.Globalization;
using TechMarket.Server.Infrastructure.Diagnostics;

namespace TechMarket.Server.Modules.Search;

/// <summary>
/// A search request's time, split for its debug line ("Search timeline: …", read by the realtime bench): before the
/// handler (from the request's start — the host's activity — through authentication, authorisation and routing), the
/// handler (validation and the search itself, with the runtime's view of it), and after it (serialising and writing the
/// answer, until the response completed). Costs nothing when the debug level is off.
/// </summary>
internal sealed class SearchTiming(ILogger<SearchTiming> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return await next(context);
        }

        var http = context.HttpContext;
        var requestStart = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpActivityFeature>()?.Activity.StartTimeUtc;
        var before = requestStart is { } start ? (DateTime.UtcNow - start).TotalMilliseconds : double.NaN;
        var pool = RuntimeProbe.Pool();
        var probe = RuntimeProbe.Now();
        var result = await next(context);
        var handler = probe.Until("handler_");
        var handled = Stopwatch.GetTimestamp();
        http.Response.OnCompleted(() =>
        {
            logger.LogDebug("Search timeline: before_handler={Before} {Handler} after_handler={After} {Pool}",
                before.ToString("0.00", CultureInfo.InvariantCulture), handler,
                Stopwatch.GetElapsedTime(handled).TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture), pool);
            return Task.CompletedTask;
        });
        return result;
    }
}
