using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>
/// Counts failed sign-ins per e-mail and address. After Auth:LoginFailuresPerAccountAndAddress failures that address
/// waits for the rest of the window before it may try that e-mail again — but the account stays open to its owner
/// everywhere else. (Identity's lockout would close the account from anywhere: a rival could keep a bidder out
/// until a deadline passed.) Unknown e-mails are counted the same way, so the answer tells nothing about which exist.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock, IOptions<AuthOptions> options)
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long this address must wait before trying this e-mail again, or null.</summary>
    public TimeSpan? Wait(string email, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        return _failures.TryGetValue(Key(email, address), out var failures)
               && failures.WindowEnd > now
               && failures.Count >= options.Value.LoginFailuresPerAccountAndAddress
            ? failures.WindowEnd - now
            : null;
    }

    public void Failed(string email, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        var window = TimeSpan.FromMinutes(options.Value.LoginFailureWindowMinutes);
        _failures.AddOrUpdate(
            Key(email, address),
            _ => new Failures(1, now + window),
            (_, known) => known.WindowEnd > now ? known with { Count = known.Count + 1 } : new Failures(1, now + window));
        if (_failures.Count > PruneAbove)
        {
            foreach (var (key, failures) in _failures)
            {
                if (failures.WindowEnd <= now)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }

    public void Succeeded(string email, IPAddress? address) => _failures.TryRemove(Key(email, address), out _);

    private static string Key(string email, IPAddress? address) =>
        $"{email.Trim().ToUpperInvariant()}|{address?.ToString() ?? "unknown"}";

    private sealed record Failures(int Count, DateTimeOffset WindowEnd);
}
