using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// A stream's version travels as its ETag to those who write the resource; If-Match sends it back as the expected
/// version. Readers who do not write get an ETag hashed from what they were shown instead: a version counts every
/// event on the stream (NDA unlocks, expert assignments, scores), which is more than such a reader may learn.
/// </summary>
public static class ETags
{
    public static string Format(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(this HttpResponse response, long version) => response.Headers.ETag = Format(version);

    /// <summary>An ETag from the content of the representation itself ("c-" and 32 hex digits): it changes exactly
    /// when what this reader sees changes, and is never taken for a version by If-Match.</summary>
    public static string ForContent(object representation)
    {
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(representation, representation.GetType()));
        return $"\"c-{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"";
    }

    public static void SetContentETag(this HttpResponse response, object representation) =>
        response.Headers.ETag = ForContent(representation);

    /// <summary>For commands anyone may send on a stream they only read (an NDA, a score): the answer carries no
    /// version, so the command does not tell its sender how many events the stream has.</summary>
    public static TBuilder WithoutVersionETag<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            context.HttpContext.Response.Headers.Remove(HeaderNames.ETag);
            return result;
        });

    /// <summary>The expected version from If-Match: null when absent or "*"; false when it is not a version ETag.</summary>
    public static bool TryReadExpectedVersion(HttpRequest request, out long? expected)
    {
        expected = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return true;
        }

        // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches, so it is refused as malformed.
        if (!EntityTagHeaderValue.TryParse(header.Trim(), out var tag) || tag.IsWeak ||
            !long.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        expected = version;
        return true;
    }

    public static ValidationProblem MalformedIfMatch() =>
        Problems.Validation(new Dictionary<string, string[]> { ["If-Match"] = ["If-Match must be an ETag returned by this API, e.g. \"3\"."] });

    /// <summary>
    /// A create has no earlier version, so If-Match on it can never hold (RFC 9110 §13.1.1: not even "*").
    /// It is refused rather than ignored: malformed, 400; well-formed, 412 — a client that sends it believes
    /// it is changing something that exists.
    /// </summary>
    public static Results<ValidationProblem, ProblemHttpResult>? RefuseOnCreate(HttpRequest request) =>
        string.IsNullOrWhiteSpace(request.Headers.IfMatch.ToString())
            ? null
            : TryReadExpectedVersion(request, out _) ? Problems.NothingToMatch() : MalformedIfMatch();

    /// <summary>For endpoints that create something other than a stream (an upload, a registration).</summary>
    public static RouteHandlerBuilder RefusesIfMatch(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) => RefuseOnCreate(context.HttpContext.Request) ?? await next(context));
}
