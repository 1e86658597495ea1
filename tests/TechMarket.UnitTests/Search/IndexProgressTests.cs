using TechMarket.Server.Modules.Search;

namespace TechMarket.UnitTests.Search;

/// <summary>The matcher's wait for the index: it asks the feeder at once (instead of leaving the event to the feeder's
/// next poll), lets it read up to the event it waits for, and returns as soon as the index gets there.</summary>
public sealed class IndexProgressTests : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(1);
    private readonly IndexProgress _progress = new(applied: 10);

    [Fact]
    public async Task A_wait_asks_the_feeder_for_the_event_and_ends_when_the_index_gets_there()
    {
        var waiting = _progress.WaitForAsync(12, Long, CancellationToken.None);
        var asked = _progress.WaitForRequestAsync(Long, CancellationToken.None);

        (await asked.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBeTrue(); // asked, well before the feeder's poll of a minute
        _progress.Wanted.ShouldBe(12);
        waiting.IsCompleted.ShouldBeFalse();

        _progress.MovedTo(11);
        await Task.Yield();
        waiting.IsCompleted.ShouldBeFalse();

        _progress.MovedTo(12);
        (await waiting.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_wait_for_an_event_already_applied_answers_at_once_without_asking_the_feeder()
    {
        (await _progress.WaitForAsync(9, Long, CancellationToken.None)).ShouldBeTrue();

        (await _progress.WaitForRequestAsync(TimeSpan.FromMilliseconds(1), CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_wait_the_index_does_not_answer_in_time_says_so()
    {
        (await _progress.WaitForAsync(11, TimeSpan.FromMilliseconds(20), CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task What_is_wanted_only_grows_whoever_asks_last()
    {
        var first = _progress.WaitForAsync(15, TimeSpan.FromMilliseconds(20), CancellationToken.None);
        var second = _progress.WaitForAsync(13, TimeSpan.FromMilliseconds(20), CancellationToken.None);

        _progress.Wanted.ShouldBe(15);
        (await Task.WhenAll(first, second)).ShouldBe([false, false]);
    }

    [Fact]
    public async Task A_held_index_keeps_the_feeder_waiting_until_the_hold_is_released()
    {
        var hold = _progress.Hold();
        var feeder = _progress.WhileHeldAsync(Long, CancellationToken.None);
        await Task.Delay(50);
        feeder.IsCompleted.ShouldBeFalse(); // a ranking is running: the feeder leaves it the cores

        hold.Dispose();
        await feeder.WaitAsync(TimeSpan.FromSeconds(10));
        _progress.IsHeld.ShouldBeFalse();
    }

    [Fact]
    public async Task A_held_index_still_lets_the_feeder_apply_what_a_waiter_asked_for()
    {
        using var hold = _progress.Hold();
        var waiting = _progress.WaitForAsync(12, Long, CancellationToken.None); // the matcher holds the index, then waits for it

        await _progress.WhileHeldAsync(Long, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)); // not held back
        _progress.MovedTo(12);
        (await waiting.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_hold_never_released_delays_the_feeder_only_up_to_the_limit()
    {
        _ = _progress.Hold();

        await _progress.WhileHeldAsync(TimeSpan.FromMilliseconds(30), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        _progress.IsHeld.ShouldBeTrue();
    }

    public void Dispose() => _progress.Dispose();
}
