using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>Turns exceptions into problems: the client's mistakes into 4xx with a useful detail, anything else
/// into a 500 that says nothing about the internals (and is logged).</summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var endpoint = http.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var result = exception switch
        {
            BadHttpRequestException bad => RequestErrors.From(bad, http, endpoint),
            InvalidDataException tooLong when tooLong.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) =>
                Problems.Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "Request too large", tooLong.Message),
            JasperFx.ConcurrencyException or JasperFx.Events.ExistingStreamIdCollisionException => Problems.ConcurrentWrite(),
            _ when IsUniqueViolation(exception) => Problems.Problem(StatusCodes.Status409Conflict, "duplicate", "Already exists",
                "Something with the same unique key was saved at the same time; reload and check before trying again."),
            JsonException json => RequestErrors.From(new BadHttpRequestException("The request body is not valid.", json), http, endpoint),
            OperationCanceledException when http.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (result is null)
        {
            if (!http.RequestAborted.IsCancellationRequested)
            {
                logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
                result = Problems.Problem(StatusCodes.Status500InternalServerError, "server-error", "Server error",
                    "Something went wrong on our side; the error has been logged.");
            }
            else
            {
                return true;
            }
        }

        await result.ExecuteAsync(http);
        return true;
    }

    /// <summary>A unique index (e.g. a credit code) caught a race the handler's own check could not see.</summary>
    private static bool IsUniqueViolation(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }
}
