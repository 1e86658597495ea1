using System.Diagnostics;
using System.Globalization;
using TechMarket.Server.Infrastructure.Diagnostics;

namespace TechMarket.UnitTests.Infrastructure;

/// <summary>The push path's and the search's debug lines tell waiting from working: the wall clock against the thread's
/// own CPU time, and the memory the thread allocated.</summary>
public sealed class RuntimeProbeTests
{
    [Fact]
    public void A_thread_that_waits_spends_wall_clock_but_no_cpu()
    {
        var probe = RuntimeProbe.Now();
        Thread.Sleep(200);

        var measured = Pairs(probe.Until("x_"));
        measured["x_wall"].ShouldBeGreaterThanOrEqualTo(190);
        measured["x_cpu"].ShouldBeLessThan(100);
    }

    [Fact]
    public void A_thread_that_blocks_is_switched_out_of_its_own_will_and_the_process_spends_at_least_its_cpu()
    {
        var probe = RuntimeProbe.Now();
        Thread.Sleep(50);
        var spin = Stopwatch.StartNew();
        while (spin.ElapsedMilliseconds < 20)
        {
        }

        var measured = Pairs(probe.Until("x_"));
        measured["x_switches"].ShouldBeGreaterThanOrEqualTo(1);
        measured["x_major_faults"].ShouldBeGreaterThanOrEqualTo(0);
        measured["x_process_cpu"].ShouldBeGreaterThanOrEqualTo(measured["x_cpu"] - 0.2);
    }

    [Fact]
    public void A_thread_that_works_spends_cpu_and_what_it_allocates_is_counted()
    {
        var probe = RuntimeProbe.Now();
        var spin = Stopwatch.StartNew();
        var buffers = new List<byte[]>();
        while (spin.ElapsedMilliseconds < 100)
        {
            buffers.Add(new byte[64 * 1024]);
        }

        var measured = Pairs(probe.Until("x_"));
        measured["x_cpu"].ShouldBeGreaterThan(0);
        measured["x_cpu"].ShouldBeLessThanOrEqualTo(measured["x_wall"] + 5);
        measured["x_alloc_mb"].ShouldBeGreaterThanOrEqualTo(Math.Floor(buffers.Count * 64 / 1024.0 * 10) / 10);
    }

    [Fact]
    public void Across_threads_only_the_wall_clock_and_the_collections_are_told()
    {
        var measured = Pairs(RuntimeProbe.Now().Until("page_", sameThread: false));

        measured.Keys.ShouldBe(["page_wall", "page_gc0", "page_gc1", "page_gc2", "page_gc_pause"], ignoreOrder: true);
    }

    private static Dictionary<string, double> Pairs(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('='))
        .ToDictionary(kv => kv[0], kv => double.Parse(kv[1], CultureInfo.InvariantCulture));
}
