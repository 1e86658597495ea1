using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.UnitTests.Auth;

public class LoginThrottleTests
{
    private static readonly IPAddress Rival = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress Owner = IPAddress.Parse("198.51.100.20");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly LoginThrottle _throttle;

    public LoginThrottleTests() =>
        _throttle = new LoginThrottle(_clock, Options.Create(new AuthOptions { LoginFailuresPerAccountAndAddress = 3, LoginFailureWindowMinutes = 15 }));

    [Fact]
    public void Failures_from_one_address_make_only_that_address_wait_for_that_e_mail()
    {
        for (var i = 0; i < 3; i++)
        {
            _throttle.Wait("bidder@example.cn", Rival).ShouldBeNull();
            _throttle.Failed("bidder@example.cn", Rival);
        }

        _throttle.Wait("bidder@example.cn", Rival).ShouldBe(TimeSpan.FromMinutes(15));
        _throttle.Wait(" BIDDER@example.CN ", Rival).ShouldNotBeNull();
        _throttle.Wait("bidder@example.cn", Owner).ShouldBeNull();
        _throttle.Wait("other@example.cn", Rival).ShouldBeNull();
    }

    [Fact]
    public void The_wait_ends_with_the_window()
    {
        for (var i = 0; i < 3; i++)
        {
            _throttle.Failed("bidder@example.cn", Rival);
        }

        _clock.Advance(TimeSpan.FromMinutes(10));
        _throttle.Wait("bidder@example.cn", Rival).ShouldBe(TimeSpan.FromMinutes(5));
        _clock.Advance(TimeSpan.FromMinutes(5));
        _throttle.Wait("bidder@example.cn", Rival).ShouldBeNull();
    }

    [Fact]
    public void A_success_clears_the_count_of_its_address()
    {
        _throttle.Failed("bidder@example.cn", Owner);
        _throttle.Failed("bidder@example.cn", Owner);
        _throttle.Succeeded("bidder@example.cn", Owner);
        _throttle.Failed("bidder@example.cn", Owner);

        _throttle.Wait("bidder@example.cn", Owner).ShouldBeNull();
    }
}
