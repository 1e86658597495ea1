using System.Globalization;
using System.Runtime.InteropServices;

namespace TechMarket.Bench;

internal sealed record MachineInfo(int Cpus, string CpuModel, double MemoryGiB, string OperatingSystem, string Postgres, string DotNet)
{
    public static async Task<MachineInfo> DescribeAsync(string connectionString, CancellationToken ct)
    {
        var cpuModel = File.ReadLines("/proc/cpuinfo")
            .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memoryKiB = File.ReadLines("/proc/meminfo")
            .First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var postgres = await Sql.ScalarAsync<string>(connectionString, "show server_version", ct);
        return new MachineInfo(
            Environment.ProcessorCount,
            cpuModel,
            double.Parse(memoryKiB, CultureInfo.InvariantCulture) / 1024 / 1024,
            RuntimeInformation.OSDescription,
            "PostgreSQL " + postgres,
            RuntimeInformation.FrameworkDescription);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Cpus} CPUs ({CpuModel}), {MemoryGiB:0} GiB RAM, {OperatingSystem}; {Postgres}; {DotNet}");
}
