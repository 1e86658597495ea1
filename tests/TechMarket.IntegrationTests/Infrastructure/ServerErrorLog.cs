using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>
/// The test hosts' server errors (log level Error and above, with their exceptions; not the hub's refusals), appended to one file, so a 500 seen
/// under load can be diagnosed after the run. scripts/test.sh names the file in its results directory and prints its
/// path when it is not empty; run by hand, it lands beside the test assembly. The file is created at the first error.
/// </summary>
public sealed class ServerErrorLog(string path) : ILoggerProvider
{
    /// <summary>Set by scripts/test.sh: the file of this test project's run.</summary>
    public const string PathVariable = "TECHMARKET_TEST_SERVER_ERRORS";

    private static readonly Lock Writing = new();

    public static string FilePath { get; } =
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "server-errors.log");

    /// <summary>Adds the file to a host's logging; <paramref name="host"/> names the host in each entry.</summary>
    public static void AddTo(IWebHostBuilder builder, string host) =>
        builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(new ServerErrorLog(FilePath) { Host = host })));

    public string Host { get; init; } = "server";

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(string category, LogLevel level, EventId id, string message, Exception? exception)
    {
        var entry = string.Create(CultureInfo.InvariantCulture,
            $"{DateTimeOffset.UtcNow:O} {level} [{Host}] {category} ({id.Id}{(id.Name is null ? "" : " " + id.Name)}): {message}{Environment.NewLine}")
            + (exception is null ? string.Empty : exception + Environment.NewLine);
        lock (Writing)
        {
            File.AppendAllText(path, entry);
        }
    }

    private sealed class Logger(ServerErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // A HubException is the hub's refusal sent to its caller (a 4xx of the hub), which SignalR logs as an error.
            if (IsEnabled(logLevel) && exception?.GetType().FullName != "Microsoft.AspNetCore.SignalR.HubException")
            {
                log.Write(category, logLevel, eventId, formatter(state, exception), exception);
            }
        }
    }
}
