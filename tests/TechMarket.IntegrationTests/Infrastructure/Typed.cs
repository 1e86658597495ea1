using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>Reads the server's answers as the server's own response records (camelCase, enums by name).</summary>
public static class Typed
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static async Task<T> GetAsync<T>(this HttpClient client, string url) => await (await client.GetAsync(url)).ReadAsync<T>();

    public static async Task<T> PostAsync<T>(this HttpClient client, string url, object? body = null, string? ifMatch = null) =>
        await (await client.SendJsonAsync(HttpMethod.Post, url, body ?? new { }, ifMatch)).ReadAsync<T>();

    /// <summary>Sends a request record as the API reads it (enums by name), with If-Match when given.</summary>
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : Body(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object? body = null, string? ifMatch = null) =>
        client.SendJsonAsync(HttpMethod.Post, url, body ?? new { }, ifMatch);

    /// <summary>A body as the API takes it (camelCase, enums by name).</summary>
    public static HttpContent Body(object value) => JsonContent.Create(value, value.GetType(), options: Json);
}
