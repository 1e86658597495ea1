namespace TechMarket.Server.Modules.Matching;

/// <summary>
/// A want's words as a ranking scores them against each offer (<see cref="MatchScoring.TextRelevance"/>): distinct, the
/// ones no candidate uses left out, each weighted by how telling it is, and the order in which the shared ones are
/// shown — prepared once per ranking instead of once per candidate, so that an offer costs a look-up per word and no
/// set of its own (most of the scoring step's allocations in the realtime bench: docs/PERFORMANCE.md, rt10).
/// One instance per thread.
/// </summary>
public sealed class WantedWords
{
    /// <summary>How many shared words a match shows, most telling first.</summary>
    private const int Shown = 6;

    private readonly string[] _words;
    private readonly double[] _weights;
    private readonly Dictionary<string, int> _positions;
    private readonly int[] _showable;
    private readonly double _total;
    private readonly bool[] _shared;

    public WantedWords(IReadOnlyList<string> wanted, Func<string, double> idf, Func<string, bool>? matchable = null)
    {
        _words = [.. wanted.Distinct(StringComparer.Ordinal).Where(t => matchable is null || matchable(t))];
        _weights = [.. _words.Select(idf)];
        _positions = _words.Select((word, at) => (word, at)).ToDictionary(p => p.word, p => p.at, StringComparer.Ordinal);
        _total = Sum(_weights, null);
        // Words worth showing (two characters or more, not a number), most telling first, then by their characters.
        _showable = [.. Enumerable.Range(0, _words.Length)
            .Where(at => _words[at].Length >= 2 && !_words[at].All(char.IsDigit))
            .OrderByDescending(at => _weights[at]).ThenBy(at => _words[at], StringComparer.Ordinal)];
        _shared = new bool[_words.Length];
    }

    /// <summary>The share of the want's words the offer uses, each weighted by how telling it is (summed in the want's
    /// order, as before); and the shared words worth showing, most telling first.</summary>
    public (double Relevance, IReadOnlyList<string> Shared) SharedWith(IReadOnlyList<string> offered)
    {
        if (_total <= 0)
        {
            return (0, []);
        }

        Array.Clear(_shared);
        foreach (var word in offered)
        {
            if (_positions.TryGetValue(word, out var at))
            {
                _shared[at] = true;
            }
        }

        var shown = new List<string>(Shown);
        foreach (var at in _showable)
        {
            if (_shared[at] && shown.Count < Shown)
            {
                shown.Add(_words[at]);
            }
        }

        return (Sum(_weights, _shared) / _total, shown);
    }

    private static double Sum(double[] weights, bool[]? only)
    {
        var sum = 0.0;
        for (var at = 0; at < weights.Length; at++)
        {
            if (only is null || only[at])
            {
                sum += weights[at];
            }
        }

        return sum;
    }
}
