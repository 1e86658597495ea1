using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Playwright;

namespace TechMarket.WebTests.Infrastructure;

/// <summary>What a page says to the hub and hears from it over its WebSockets (SignalR's JSON protocol), from the
/// moment this is made: every socket the page opens after it (a page load opens a new one).</summary>
public sealed class HubFrames
{
    private readonly ConcurrentQueue<string> _sent = new();
    private readonly ConcurrentQueue<string> _received = new();

    public HubFrames(IPage page) =>
        page.WebSocket += (_, socket) =>
        {
            socket.FrameSent += (_, frame) => _sent.Enqueue(frame.Text ?? string.Empty);
            socket.FrameReceived += (_, frame) => _received.Enqueue(frame.Text ?? string.Empty);
        };

    /// <summary>The channels named in the page's invocations of a hub method ("Watch", "Unwatch"), in order.</summary>
    public List<string> Calls(string method) =>
        [.. Messages(_sent, method).Select(m => m.GetProperty("arguments")[0].GetString()!)];

    /// <summary>What the hub sent the page with a client method ("board", "notice"): each message's argument.</summary>
    public List<JsonElement> Received(string method) => [.. Messages(_received, method).Select(m => m.GetProperty("arguments")[0].Clone())];

    /// <summary>A message as text with its characters as they are (the hub's JSON writes Chinese as \u escapes).</summary>
    public static string Text(JsonElement message) => JsonSerializer.Serialize(message, Plain);

    private static readonly JsonSerializerOptions Plain = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static IEnumerable<JsonElement> Messages(IEnumerable<string> frames, string target) =>
        frames.SelectMany(f => f.Split('\u001e', StringSplitOptions.RemoveEmptyEntries))
            .Select(m => JsonDocument.Parse(m).RootElement)
            .Where(m => m.TryGetProperty("target", out var t) && t.GetString() == target);
}
