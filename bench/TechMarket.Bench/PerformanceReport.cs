using System.Text;

namespace TechMarket.Bench;

/// <summary>Keeps docs/PERFORMANCE.md's measured block current; the prose around the markers is written by people.</summary>
internal static class PerformanceReport
{
    public const string Begin = "<!-- bench:begin — written by bench/run.sh; edit outside these markers -->";
    public const string End = "<!-- bench:end -->";

    public static Task UpdateAsync(string path, string block, CancellationToken ct) => UpdateAsync(path, "bench", "bench/run.sh", block, ct);

    /// <summary>Rewrites the block between the markers named <paramref name="marker"/> (e.g. "bench-web").</summary>
    public static async Task UpdateAsync(string path, string marker, string writer, string block, CancellationToken ct)
    {
        var begin = $"<!-- {marker}:begin — written by {writer}; edit outside these markers -->";
        var endMarker = $"<!-- {marker}:end -->";
        var generated = $"{begin}\n{block.TrimEnd()}\n{endMarker}";
        var text = File.Exists(path) ? await File.ReadAllTextAsync(path, ct) : "# Performance\n\n";
        var start = text.IndexOf($"<!-- {marker}:begin", StringComparison.Ordinal);
        var end = text.IndexOf(endMarker, StringComparison.Ordinal);
        text = start >= 0 && end > start
            ? string.Concat(text.AsSpan(0, start), generated, text.AsSpan(end + endMarker.Length))
            : text.TrimEnd() + "\n\n" + generated + "\n";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);
    }
}
