using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TechMarket.Bench;

/// <summary>
/// The server's step timings ("Push timeline: …" per matched page, "Search timeline: …" per search; key=value pairs,
/// written at the debug level the realtime bench turns on for them), summarised per key over a run: the median and the
/// p95 — the push path split into its steps, a search into the time before its handler, the handler and after it.
/// </summary>
internal static partial class Timelines
{
    [GeneratedRegex(@"(?<key>[a-z_0-9]+)=(?<value>-?[0-9]+(\.[0-9]+)?)")]
    private static partial Regex Pair();

    /// <summary>A markdown table of the lines with the given marker: one row per key, in the order of the first line.</summary>
    public static string Summary(IEnumerable<string> lines, string marker, string title)
    {
        var values = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var count = 0;
        foreach (var line in lines.Where(l => l.Contains(marker, StringComparison.Ordinal)))
        {
            count++;
            foreach (Match pair in Pair().Matches(line[line.IndexOf(marker, StringComparison.Ordinal)..]))
            {
                var key = pair.Groups["key"].Value;
                if (!values.TryGetValue(key, out var list))
                {
                    values[key] = list = [];
                }

                list.Add(double.Parse(pair.Groups["value"].Value, CultureInfo.InvariantCulture));
            }
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title} ({count} lines; ms unless named otherwise)");
        text.AppendLine();
        text.AppendLine("| step | median | p95 | max |");
        text.AppendLine("|---|---|---|---|");
        foreach (var (key, list) in values)
        {
            var sorted = list.Order().ToList();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {key} | {At(sorted, 50):0.#} | {At(sorted, 95):0.#} | {sorted[^1]:0.#} |");
        }

        return text.ToString();
    }

    private static double At(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
