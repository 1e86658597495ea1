using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TechMarket.Bench;

/// <summary>The real server, built in Release, run as its own process against the benchmark's cluster.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const string StartupDone = "Start-up tasks done";

    /// <summary>The matcher's warm-up's last line (at Information, which the realtime bench asks for), done or failed.</summary>
    private static readonly string[] WarmUpEnded = ["Matcher warmed up", "Warming the matcher up failed"];

    private readonly TaskCompletionSource _warmedUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _tail = new();
    private readonly ConcurrentQueue<string> _timelines = new();
    private volatile bool _startupDone;

    private readonly string _readyPath;

    private ServerProcess(Process process, Uri baseAddress, string readyPath = "/health/ready", bool startupDone = false)
    {
        _process = process;
        BaseAddress = baseAddress;
        _readyPath = readyPath;
        _startupDone = startupDone;
    }

    public Uri BaseAddress { get; }

    /// <summary>Completes when the node's matcher warm-up has ended: a node ranks before its first real match (a node
    /// matches a few times an hour), so a measurement that starts before would time the warm-up's work beside its own.</summary>
    public Task WarmedUp => _warmedUp.Task;

    public Process Process => _process;

    /// <summary>From the process's start until it answered ready.</summary>
    public TimeSpan StartedIn { get; private set; }

    public static async Task<ServerProcess> StartAsync(
        string serverAssembly, string connectionString, CancellationToken ct, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!File.Exists(serverAssembly))
        {
            throw new InvalidOperationException($"{serverAssembly} is missing; build Release first (bench/run.sh does).");
        }

        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(serverAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(serverAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development"; // demo data, Auth:AllowHttp, the bench redirect URI
        start.Environment["ConnectionStrings__Postgres"] = connectionString;
        start.Environment["Auth__LoginPermitsPerMinute"] = "10000";
        start.Environment["Auth__TokenPermitsPerMinute"] = "10000";
        start.Environment["Auth__RegistrationPermitsPerMinute"] = "10000"; // the bid window registers its universities from one address
        start.Environment["Auth__AccessTokenMinutes"] = "240"; // the tokens signed in at the start outlive a run with --events 1000000
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__TechMarket.Server.Infrastructure.StartupTasks"] = "Information";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value.Replace("{address}", baseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal);
        }

        return await LaunchAsync(start, baseAddress, "/health/ready", startupDone: false, ct);
    }

    /// <summary>Starts a prepared process and waits until <paramref name="readyPath"/> answers 200.</summary>
    public static async Task<ServerProcess> LaunchAsync(ProcessStartInfo start, Uri baseAddress, string readyPath, bool startupDone, CancellationToken ct)
    {
        var starting = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.ArgumentList[0]}.");
        var server = new ServerProcess(process, baseAddress, readyPath, startupDone);
        process.OutputDataReceived += (_, e) => server.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => server.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(3), ct);
            server.StartedIn = starting.Elapsed;
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The debug lines the server wrote with step timings ("… timeline: key=value …"), oldest first; taking them
    /// empties the list.</summary>
    public IReadOnlyList<string> TakeTimelines()
    {
        var lines = new List<string>();
        while (_timelines.TryDequeue(out var line))
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The last lines the server wrote, for a failure message.</summary>
    public string Tail => string.Join(Environment.NewLine, _tail);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM lets the host stop gracefully; kill the tree if it does not within 15 s.
            if (Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) is { } terminate)
            {
                using (terminate)
                {
                    await terminate.WaitForExitAsync();
                }
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        _process.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("TECHMARKET_BENCH_SERVER_LOG") is { Length: > 0 } log)
        {
            lock (_tail)
            {
                File.AppendAllLines(log, [line]); // everything the server wrote, for a diagnosis (with Logging__LogLevel__… set)
            }
        }

        if (line.Contains(" timeline: ", StringComparison.Ordinal))
        {
            _timelines.Enqueue(line);
        }

        if (WarmUpEnded.Any(end => line.Contains(end, StringComparison.Ordinal)))
        {
            _warmedUp.TrySetResult();
        }

        if (line.Contains(StartupDone, StringComparison.Ordinal))
        {
            _startupDone = true;
        }

        _tail.Enqueue(line);
        while (_tail.Count > 60 && _tail.TryDequeue(out _))
        {
        }
    }

    /// <summary>Ready when /health/ready answers 200 and the start-up tasks (migrations, demo users) are done.</summary>
    private async Task WaitUntilReadyAsync(TimeSpan limit, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Tail}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(_readyPath, UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK && _startupDone)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // a slow first answer
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException($"The server was not ready within {limit.TotalSeconds} s:\n{Tail}");
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
