namespace TechMarket.Server.Modules.Matching;

/// <summary>Settings of the section "Matching".</summary>
public sealed class MatchingOptions
{
    /// <summary>A university, institute or enterprise is told of a match from this score on (0–1).</summary>
    public double MinimumScore { get; set; } = 0.45;

    /// <summary>At most this many counterparts per published subject (brokers not counted).</summary>
    public int MaxPerSubject { get; set; } = 20;

    /// <summary>How many index hits are scored in full for one subject.</summary>
    public int CandidatePool { get; set; } = 200;

    /// <summary>How long the matcher waits for its node's index to catch up with the event it matches for.</summary>
    public int IndexWaitSeconds { get; set; } = 15;

    /// <summary>How many times each node's warm-up ranks (both ways) and searches, so that the ranking's and the search's
    /// code is optimised before the first real match (<see cref="MatcherWarmUp"/>). Tiered compilation optimises a method
    /// with the profile it gathered only after some sixty calls (thirty to start the profile, thirty more in it); the
    /// realtime bench's ranking took 6–9 ms of CPU after 150, 12 after 100 and 33 after 50 (docs/PERFORMANCE.md).</summary>
    public int WarmUpRankings { get; set; } = 150;
}
