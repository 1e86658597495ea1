using System.Diagnostics;
using System.Globalization;

namespace TechMarket.Server.Modules.Matching;

/// <summary>Where one ranking's time went, step by step (milliseconds on the wall clock): the matcher's debug line and
/// the ranking micro-benchmark (bench/run.sh --ranking) read it, so a change to one step shows in that step.</summary>
public sealed class RankingSteps
{
    private long _mark = Stopwatch.GetTimestamp();

    /// <summary>Segmenting the subject's text and choosing the words that pick the pool.</summary>
    public double Words { get; private set; }

    /// <summary>Lucene's search for the pool.</summary>
    public double Retrieval { get; private set; }

    /// <summary>Reading the pool's candidates (their documents and words).</summary>
    public double Loading { get; private set; }

    /// <summary>How telling each wanted word is, and whether any candidate uses it.</summary>
    public double Vocabulary { get; private set; }

    /// <summary>Scoring and ordering the pool.</summary>
    public double Scoring { get; private set; }

    /// <summary>How many documents the retrieval matched (the pool is the best of them).</summary>
    public int Hits { get; set; }

    public double Total => Words + Retrieval + Loading + Vocabulary + Scoring;

    internal void Start() => _mark = Stopwatch.GetTimestamp();

    internal void AfterWords() => Words += Lap();

    internal void AfterRetrieval() => Retrieval += Lap();

    internal void AfterLoading() => Loading += Lap();

    internal void AfterVocabulary() => Vocabulary += Lap();

    internal void AfterScoring() => Scoring += Lap();

    private double Lap()
    {
        var now = Stopwatch.GetTimestamp();
        var elapsed = Stopwatch.GetElapsedTime(_mark, now).TotalMilliseconds;
        _mark = now;
        return elapsed;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"words {Words:0.0}, retrieval {Retrieval:0.0} ({Hits} hits), loading {Loading:0.0}, vocabulary {Vocabulary:0.0}, scoring {Scoring:0.0} ms");
}
