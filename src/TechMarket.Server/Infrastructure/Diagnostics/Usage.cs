using System.Globalization;
using System.Runtime.InteropServices;

namespace TechMarket.Server.Infrastructure.Diagnostics;

/// <summary>
/// What the kernel counts for a thread or the process (Linux' getrusage): its CPU time, and why it stopped running —
/// a voluntary switch (it blocked: a lock, a wait, I/O), an involuntary one (the scheduler gave its core to another
/// thread: the cores were busy), a major page fault (a mapped page, such as the index's, read from the disk) or a minor
/// one. Between two readings on one thread they tell a wall clock longer than the CPU time apart. Zero where they
/// cannot be read.
/// </summary>
public readonly record struct Usage(double CpuMs, long MinorFaults, long MajorFaults, long Voluntary, long Involuntary)
{
    public const int ThisProcess = 0;
    public const int ThisThread = 1;

    public static Usage Of(int who)
    {
        try
        {
            return getrusage(who, out var r) == 0
                ? new((r.UserSeconds + r.SystemSeconds) * 1e3 + (r.UserMicroseconds + r.SystemMicroseconds) / 1e3, r.MinorFaults, r.MajorFaults, r.Voluntary, r.Involuntary)
                : default;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return default;
        }
    }

    /// <summary>The counts from <paramref name="earlier"/> to this reading, as key=value pairs with the prefix.</summary>
    public string Since(Usage earlier, string prefix) => string.Create(CultureInfo.InvariantCulture,
        $"{prefix}switches={Voluntary - earlier.Voluntary} {prefix}preempted={Involuntary - earlier.Involuntary} {prefix}major_faults={MajorFaults - earlier.MajorFaults} {prefix}minor_faults={MinorFaults - earlier.MinorFaults} ");

    /// <summary>struct rusage of 64-bit Linux: two timevals, then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long SharedRss;
        public long UnsharedData;
        public long UnsharedStack;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlocksIn;
        public long BlocksOut;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long Voluntary;
        public long Involuntary;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int getrusage(int who, out RUsage usage);
}
