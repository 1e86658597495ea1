using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>
/// Access tokens whose signature, issuer and type this node has already verified, so each token is parsed and its
/// RSA signature checked once, not on every request (it was a third of a command's server time). Only that step is
/// skipped: every later check — lifetime, audience, presenter and <see cref="RefuseRevokedTokens"/> — still runs on
/// every request, on a fresh copy of the principal. The key is a SHA-256 of the whole token together with the issuers
/// and token types it was checked against, so a token altered in any byte, or presented to another issuer, is
/// verified from scratch. An entry lives until the token expires, at most <see cref="MaxAge"/>.
/// </summary>
public sealed class ValidatedTokens
{
    /// <summary>Beyond this many entries the expired ones are dropped, and if that is not enough, all of them: only
    /// tokens with a valid signature get in, so the size follows the tokens used in the last five minutes, and the cap
    /// (a few kilobytes a principal: tens of megabytes at most) bounds it anyway.</summary>
    public const int Capacity = 10_000;

    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public ClaimsPrincipal? Find(string key, DateTimeOffset now) =>
        _entries.TryGetValue(key, out var entry) && entry.Until > now ? Copy(entry.Principal) : null;

    public void Add(string key, ClaimsPrincipal principal, DateTimeOffset now)
    {
        var until = now + MaxAge;
        if (principal.GetExpirationDate() is { } expires && expires < until)
        {
            until = expires;
        }

        if (until <= now)
        {
            return;
        }

        if (_entries.Count >= Capacity)
        {
            Prune(now);
        }

        _entries[key] = new Entry(Copy(principal), until);
    }

    /// <summary>A deep copy: ClaimsPrincipal.Clone shares its identities, and later handlers change claims in place.</summary>
    private static ClaimsPrincipal Copy(ClaimsPrincipal principal) => new(principal.Identities.Select(identity => identity.Clone()));

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.Until <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }

        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }
    }

    /// <summary>What the verification depended on besides the token: the issuers and token types accepted.</summary>
    public static string KeyOf(ValidateTokenContext context)
    {
        var parameters = context.TokenValidationParameters;
        var text = string.Join('\n',
            string.Join(' ', context.ValidTokenTypes.Order(StringComparer.Ordinal)),
            string.Join(' ', parameters.ValidIssuers ?? []),
            parameters.ValidIssuer ?? string.Empty,
            context.Token);
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private sealed record Entry(ClaimsPrincipal Principal, DateTimeOffset Until);

    /// <summary>Before OpenIddict's JWT check: a token verified before gets its principal back, and the check (which
    /// skips when a principal is attached) does nothing.</summary>
    public sealed class Reuse(ValidatedTokens tokens) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
            OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
                .UseSingletonHandler<Reuse>()
                .SetOrder(OpenIddictValidationHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order - 500)
                .SetType(OpenIddictValidationHandlerType.Custom)
                .Build();

        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            if (context.Principal is null && !string.IsNullOrEmpty(context.Token) && context.TokenValidationParameters is not null)
            {
                context.Principal = tokens.Find(KeyOf(context), context.Options.TimeProvider.GetUtcNow());
            }

            return default;
        }
    }

    /// <summary>Right after OpenIddict's JWT check succeeded (and before anything adds to the principal): remember
    /// what it produced.</summary>
    public sealed class Remember(ValidatedTokens tokens) : IOpenIddictValidationHandler<ValidateTokenContext>
    {
        public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
            OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
                .UseSingletonHandler<Remember>()
                .SetOrder(OpenIddictValidationHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order + 500)
                .SetType(OpenIddictValidationHandlerType.Custom)
                .Build();

        public ValueTask HandleAsync(ValidateTokenContext context)
        {
            // A principal from the cache comes without a validation result; only a fresh, valid check is remembered.
            if (context is { IsRejected: false, Principal: { } principal, TokenValidationResult.IsValid: true })
            {
                tokens.Add(KeyOf(context), principal, context.Options.TimeProvider.GetUtcNow());
            }

            return default;
        }
    }
}
