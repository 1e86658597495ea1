using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace TechMarket.IntegrationTests.Security.Fuzz;

/// <summary>Bodies for the generated requests: a JSON value at a field path, raw JSON with any content type, an upload.</summary>
public static class Payloads
{
    public static JsonNode? Get(JsonNode body, List<object> path) =>
        path.Aggregate<object, JsonNode?>(body, (node, step) => step is int index ? node?.AsArray().ElementAtOrDefault(index) : node?.AsObject()[(string)step]);

    public static JsonNode Set(JsonNode body, List<object> path, JsonNode? value, bool remove)
    {
        var copy = body.DeepClone();
        var node = copy;
        for (var i = 0; i < path.Count - 1; i++)
        {
            node = path[i] is int index
                ? node.AsArray().Count > index ? node.AsArray()[index] ??= new JsonObject() : Add(node.AsArray())
                : node.AsObject()[(string)path[i]] ??= path[i + 1] is int ? new JsonArray() : new JsonObject();
        }

        var last = path[^1];
        if (last is string name && remove)
        {
            node.AsObject().Remove(name);
        }
        else if (last is string property)
        {
            node.AsObject()[property] = value;
        }

        return copy;
    }

    public static JsonObject Add(JsonArray array)
    {
        var item = new JsonObject();
        array.Add(item);
        return item;
    }

    public static ByteArrayContent Json(string text, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    public static Func<HttpContent?> Upload(string fileName) => () =>
    {
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n% fuzz\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", fileName } };
    };
}
