using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>A private redis-server (Debian's package, installed by scripts/prerequisites.sh) on a free loopback port,
/// with no persistence, for the tests that run two server nodes over the SignalR Redis backplane. It lives under the
/// test run's directory and inherits its marker, so scripts/test.sh stops it whatever happens to the test.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Connection => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<RedisServer> StartAsync(string directory)
    {
        var binary = File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : "redis-server";
        var port = FreePort();
        var start = new ProcessStartInfo(binary)
        {
            ArgumentList =
            {
                "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no",
                "--dir", directory, "--daemonize", "no", "--protected-mode", "yes", "--set-proc-title", "no",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var redis = new RedisServer(process, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("redis-server exited at start (is Debian's redis-server package installed? scripts/prerequisites.sh installs it).");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return redis;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        await redis.DisposeAsync();
        throw new InvalidOperationException("redis-server did not listen within ten seconds.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
