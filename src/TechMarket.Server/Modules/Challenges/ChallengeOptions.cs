namespace TechMarket.Server.Modules.Challenges;

/// <summary>Settings of the challenge module (configuration section <c>Challenges</c>).</summary>
public sealed class ChallengeOptions
{
    /// <summary>A bid's ranking means little on fewer reviews; the bureau may ask for more, never award on fewer than one.</summary>
    public const int DefaultMinimumReviews = 3;

    /// <summary>How often the scheduler looks for challenges past their deadline.</summary>
    public int ClosePollSeconds { get; set; } = 5;

    /// <summary>The scheduler waits this long past the deadline before it closes the bidding gate. Bid commands stop
    /// at the deadline by their own clock; the gate, not this grace, guarantees that no bid lands after the close.</summary>
    public int CloseGraceSeconds { get; set; } = 2;

    /// <summary>Complete reviews each bid needs before the award.</summary>
    public int MinimumReviews { get; set; } = DefaultMinimumReviews;
}
