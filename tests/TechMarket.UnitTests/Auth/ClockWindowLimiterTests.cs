using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.UnitTests.Auth;

public class ClockWindowLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_window_grants_its_permits_then_refuses_with_the_time_left()
    {
        using var limiter = new ClockWindowLimiter(_clock, permitLimit: 3, TimeSpan.FromMinutes(1));
        for (var i = 0; i < 3; i++)
        {
            limiter.AttemptAcquire().IsAcquired.ShouldBeTrue();
            _clock.Advance(TimeSpan.FromSeconds(10));
        }

        var refused = limiter.AttemptAcquire();

        refused.IsAcquired.ShouldBeFalse();
        refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter).ShouldBeTrue();
        retryAfter.ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void The_next_window_opens_when_the_clock_passes_the_end_of_the_last()
    {
        using var limiter = new ClockWindowLimiter(_clock, permitLimit: 1, TimeSpan.FromMinutes(1));
        limiter.AttemptAcquire().IsAcquired.ShouldBeTrue();
        limiter.AttemptAcquire().IsAcquired.ShouldBeFalse();

        _clock.Advance(TimeSpan.FromSeconds(59));
        limiter.AttemptAcquire().IsAcquired.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));
        limiter.AttemptAcquire().IsAcquired.ShouldBeTrue();
    }

    [Fact]
    public void It_counts_as_idle_only_once_its_window_is_over()
    {
        using var limiter = new ClockWindowLimiter(_clock, permitLimit: 5, TimeSpan.FromMinutes(1));
        limiter.AttemptAcquire();

        limiter.IdleDuration.ShouldBeNull();
        _clock.Advance(TimeSpan.FromMinutes(2));
        limiter.IdleDuration.ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Theory]
    [InlineData(0.2, "1")]
    [InlineData(1.0, "1")]
    [InlineData(29.1, "30")]
    [InlineData(900, "900")]
    public void Retry_after_is_whole_seconds_rounded_up_and_never_zero(double seconds, string header)
    {
        RateLimits.RetryAfterSeconds(TimeSpan.FromSeconds(seconds)).ShouldBe(header);
    }
}
