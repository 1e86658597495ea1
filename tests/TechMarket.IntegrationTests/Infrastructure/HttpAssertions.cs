using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace TechMarket.IntegrationTests.Infrastructure;

public static class HttpAssertions
{
    /// <summary>How the tests read the server's answers into its own response records: a field the record does not
    /// have is an error, so reading an answer as the narrower view proves nothing more was sent.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>Asserts an RFC 7807 problem with the given status (and problem code, when given) and returns it.</summary>
    public static async Task<Problem> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType.ShouldNotBeNull(body).MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonSerializer.Deserialize<Problem>(body, JsonSerializerOptions.Web).ShouldNotBeNull(body);
        problem.Text = body;
        problem.Status.ShouldBe((int)status, body);
        if (code is not null)
        {
            problem.Type.ShouldBe($"urn:techmarket:problem:{code}", body);
        }

        return problem;
    }

    /// <summary>The field names a 400 problem complains about.</summary>
    public static IReadOnlyList<string> FieldErrors(this Problem problem) => [.. problem.Errors.Keys];

    /// <summary>A problem as a line for an assertion's message.</summary>
    public static string Describe(this Problem problem) =>
        $"{problem.Status} {problem.Type}: {problem.Detail} {string.Join("; ", problem.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}";

    /// <summary>Asserts a 2xx answer and reads its body as the server's response record.</summary>
    public static async Task<T> ShouldBeOkAsync<T>(this HttpResponseMessage response)
        where T : notnull
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json) ?? throw new ShouldAssertException($"No body: {body}");
    }

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url)
        where T : notnull => await (await client.GetAsync(url)).ShouldBeOkAsync<T>();

    public static async Task<JsonElement> ShouldBeOkAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    public static string ETag(this HttpResponseMessage response) => response.Headers.ETag?.Tag ?? throw new ShouldAssertException("No ETag header.");

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>Sends a body exactly as given, with exactly the given Content-Type (none when null).</summary>
    public static Task<HttpResponseMessage> SendRawAsync(
        this HttpClient client, HttpMethod method, string url, string? body, string? contentType = "application/json", string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string url, object? body = null, string? ifMatch = null) =>
        client.SendAsync(HttpMethod.Post, url, body ?? new { }, ifMatch);

    public static Task<HttpResponseMessage> PutAsync(this HttpClient client, string url, object body, string? ifMatch = null) =>
        client.SendAsync(HttpMethod.Put, url, body, ifMatch);

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ShouldBeOkAsync();
}

/// <summary>A problem answer as the server writes it (RFC 7807, with field errors on a 400), and its text.</summary>
public sealed class Problem : HttpValidationProblemDetails
{
    /// <summary>The body as sent, for checks that nothing in it names what it should not.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Text { get; set; } = string.Empty;
}
