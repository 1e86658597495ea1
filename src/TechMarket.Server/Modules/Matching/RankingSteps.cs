using System.Diagnostics;
using System.Globalization;
using TechMarket.Server.Infrastructure.Diagnostics;

namespace TechMarket.Server.Modules.Matching;

/// <summary>Where one ranking's time went, step by step (milliseconds on the wall clock): the matcher's debug line and
/// the ranking micro-benchmark (bench/run.sh --ranking) read it, so a change to one step shows in that step.</summary>
public sealed class RankingSteps
{
    private long _mark = Stopwatch.GetTimestamp();
    private RuntimeProbe _started = RuntimeProbe.Now();

    /// <summary>Memory this thread allocated per step (MB): what the ranking gives the garbage collector to do.</summary>
    private readonly double[] _allocated = new double[5];
    private long _allocatedMark = GC.GetAllocatedBytesForCurrentThread();

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

    /// <summary>The live matcher's wait for its node's index before ranking (not part of <see cref="Total"/>).</summary>
    public double IndexWait { get; set; }

    /// <summary>The live matcher's work after ranking: the brokers' fit and the new pairs (read with the subject before the
    /// ranking; not part of <see cref="Total"/>).</summary>
    public double Reads { get; set; }

    /// <summary>How many documents the retrieval matched (the pool is the best of them).</summary>
    public int Hits { get; set; }

    public double Total => Words + Retrieval + Loading + Vocabulary + Scoring;

    /// <summary>The runtime's view of the ranking (this thread's CPU against the wall clock, collections, allocations) as
    /// key=value pairs prefixed "ranking_", for the push path's timeline.</summary>
    public string Runtime { get; private set; } = string.Empty;

    internal void Start()
    {
        _started = RuntimeProbe.Now();
        (_mark, _allocatedMark) = (_started.Timestamp, _started.Allocated);
    }

    internal void AfterWords() => Words += Lap(0);

    internal void AfterRetrieval() => Retrieval += Lap(1);

    internal void AfterLoading() => Loading += Lap(2);

    internal void AfterVocabulary() => Vocabulary += Lap(3);

    internal void AfterScoring()
    {
        Scoring += Lap(4);
        Runtime = _started.Until("ranking_");
        Cpu = RuntimeProbe.Now().ThreadCpuMs - _started.ThreadCpuMs;
    }

    /// <summary>This thread's CPU time for the ranking (ms): against <see cref="Total"/>, how long it waited.</summary>
    public double Cpu { get; private set; }

    private double Lap(int step)
    {
        var now = Stopwatch.GetTimestamp();
        var elapsed = Stopwatch.GetElapsedTime(_mark, now).TotalMilliseconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        _allocated[step] += (allocated - _allocatedMark) / 1048576.0;
        (_mark, _allocatedMark) = (now, allocated);
        return elapsed;
    }

    /// <summary>The steps as key=value pairs (milliseconds) for the push path's timeline.</summary>
    public string Pairs() => string.Create(CultureInfo.InvariantCulture,
        $"index_wait={IndexWait:0.0} ranking={Total:0.0} retrieval={Retrieval:0.0} hits={Hits} loading={Loading:0.0} vocabulary={Vocabulary:0.0} scoring={Scoring:0.0} {Runtime} ") +
        string.Create(CultureInfo.InvariantCulture, $"words_mb={_allocated[0]:0.0} retrieval_mb={_allocated[1]:0.0} loading_mb={_allocated[2]:0.0} vocabulary_mb={_allocated[3]:0.0} scoring_mb={_allocated[4]:0.0} reads={Reads:0.0}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"words {Words:0.0}, retrieval {Retrieval:0.0} ({Hits} hits), loading {Loading:0.0}, vocabulary {Vocabulary:0.0}, scoring {Scoring:0.0} ms; the thread's CPU {Cpu:0.0} ms");
}
