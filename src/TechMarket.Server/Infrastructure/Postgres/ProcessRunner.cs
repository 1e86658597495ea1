using System.Diagnostics;
using System.Text;

namespace TechMarket.Server.Infrastructure.Postgres;

/// <summary>Runs a PostgreSQL program, as the <c>postgres</c> system user when this process is root
/// (initdb and postgres refuse to run as root).</summary>
internal static class ProcessRunner
{
    public const string PostgresSystemUser = "postgres";

    public static bool IsRoot => Environment.UserName == "root" || GetEffectiveUserId() == 0;

    public static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsRoot)
        {
            start.FileName = "runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(PostgresSystemUser);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = new StringBuilder();
        var stdout = PumpAsync(process.StandardOutput, output);
        var stderr = PumpAsync(process.StandardError, output);
        await process.WaitForExitAsync(ct);
        await Task.WhenAll(stdout, stderr);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} exited with {process.ExitCode}: {output.ToString().Trim()}");
        }

        return output.ToString();
    }

    /// <summary>Gives the directory (and everything in it) to the postgres system user when running as root.</summary>
    public static async Task HandOverAsync(string directory, CancellationToken ct)
    {
        if (!IsRoot)
        {
            return;
        }

        using var chown = Process.Start("chown", ["-R", $"{PostgresSystemUser}:", directory])
            ?? throw new InvalidOperationException("Could not start chown.");
        await chown.WaitForExitAsync(ct);
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException($"chown of {directory} to {PostgresSystemUser} failed.");
        }
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder sink)
    {
        string? line;
        while ((line = await reader.ReadLineAsync()) is not null)
        {
            lock (sink)
            {
                sink.AppendLine(line);
            }
        }
    }

    private static uint GetEffectiveUserId()
    {
        try
        {
            return geteuid();
        }
        catch (DllNotFoundException)
        {
            return uint.MaxValue;
        }
        catch (EntryPointNotFoundException)
        {
            return uint.MaxValue;
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
    private static extern uint geteuid();
}
