using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TechMarket.Server.Infrastructure.Diagnostics;

/// <summary>
/// What the runtime was doing around a piece of work, for the debug lines of the push path and of a search: the wall
/// clock against this thread's own CPU time (less CPU than wall means the thread waited — for a core, a lock, a GC
/// pause; as much CPU as wall means the code itself was slow), the garbage collections and their pauses, the memory the
/// thread allocated, and the thread pool's threads and queue. Taken with <see cref="Now"/>, compared with now by <see cref="Until"/>.
/// </summary>
public readonly record struct RuntimeProbe(
    long Timestamp, double ThreadCpuMs, int Gen0, int Gen1, int Gen2, TimeSpan GcPause, long Allocated, Usage Thread, Usage Process)
{
    /// <remarks>The process's usage is read first and the thread's CPU time last, so the span between two probes' process
    /// readings holds the span between their thread readings but for the few microseconds of the later probe's own
    /// reads: what a first probe costs (the native calls' first use) is then counted for the process, not left out of
    /// it, and the process's CPU is not told as less than the thread's.</remarks>
    public static RuntimeProbe Now()
    {
        var process = Usage.Of(Usage.ThisProcess);
        var thread = Usage.Of(Usage.ThisThread);
        var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var timestamp = Stopwatch.GetTimestamp();
        return new(timestamp, ThreadCpu(), gen0, gen1, gen2, pause, allocated, thread, process);
    }

    /// <summary>Key=value pairs (milliseconds, counts, MB) from this probe to now. The CPU time and the allocations are the
    /// thread's: only work that stayed on one thread (no await between) says them.</summary>
    public string Until(string prefix, bool sameThread = true)
    {
        var (earlier, now) = (this, Now());
        var wall = string.Create(CultureInfo.InvariantCulture, $"{prefix}wall={Stopwatch.GetElapsedTime(earlier.Timestamp, now.Timestamp).TotalMilliseconds:0.0} ");
        var thread = sameThread
            ? string.Create(CultureInfo.InvariantCulture, $"{prefix}cpu={now.ThreadCpuMs - earlier.ThreadCpuMs:0.0} {prefix}alloc_mb={(now.Allocated - earlier.Allocated) / 1048576.0:0.0} ") +
              now.Thread.Since(earlier.Thread, prefix) +
              string.Create(CultureInfo.InvariantCulture, $"{prefix}process_cpu={now.Process.CpuMs - earlier.Process.CpuMs:0.0} ")
            : string.Empty;
        var gc = string.Create(CultureInfo.InvariantCulture,
            $"{prefix}gc0={now.Gen0 - earlier.Gen0} {prefix}gc1={now.Gen1 - earlier.Gen1} {prefix}gc2={now.Gen2 - earlier.Gen2} {prefix}gc_pause={(now.GcPause - earlier.GcPause).TotalMilliseconds:0.0}");
        return wall + thread + gc;
    }

    /// <summary>The thread pool now: its threads and the work items waiting for one.</summary>
    public static string Pool() => string.Create(CultureInfo.InvariantCulture,
        $"pool_threads={ThreadPool.ThreadCount} pool_queued={ThreadPool.PendingWorkItemCount}");

    /// <summary>The managed heap as the last collection left it, against what the collector keeps committed and what the
    /// process holds in all (MB): whether the process's anonymous memory is the heap's live objects, the collector's
    /// reserve (budget, free regions, fragmentation) or memory outside the heap (native buffers, stacks, code).</summary>
    public static string Memory()
    {
        var info = GC.GetGCMemoryInfo();
        return string.Create(CultureInfo.InvariantCulture,
            $"gc_heap_mb={info.HeapSizeBytes / 1048576.0:0.0} gc_fragmented_mb={info.FragmentedBytes / 1048576.0:0.0} gc_committed_mb={info.TotalCommittedBytes / 1048576.0:0.0} gc_allocated_mb={GC.GetTotalMemory(false) / 1048576.0:0.0} process_rss_mb={Environment.WorkingSet / 1048576.0:0.0}");
    }

    /// <summary>This thread's CPU time (Linux' CLOCK_THREAD_CPUTIME_ID); NaN where it cannot be read.</summary>
    private static double ThreadCpu()
    {
        try
        {
            return clock_gettime(ThreadCpuClock, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : double.NaN;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return double.NaN;
        }
    }

    private const int ThreadCpuClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
