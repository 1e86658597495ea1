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

    /// <summary>企业出题: the government subsidy is at most this multiple of the enterprises' funding (1 = at most equal).</summary>
    public const decimal DefaultSubsidyRatio = 1m;

    /// <summary>The most government subsidy one challenge gets, whatever the enterprises fund.</summary>
    public const decimal DefaultSubsidyCap = 5_000_000m;

    /// <summary>公示: how many days the proposed award is public before it can become final.</summary>
    public const int DefaultPublicityDays = 5;

    /// <summary>Complete reviews each bid needs before the award.</summary>
    public int MinimumReviews { get; set; } = DefaultMinimumReviews;

    public decimal SubsidyRatio { get; set; } = DefaultSubsidyRatio;

    public decimal SubsidyCap { get; set; } = DefaultSubsidyCap;

    public int PublicityDays { get; set; } = DefaultPublicityDays;

    /// <summary>The funding rules a draft is checked against.</summary>
    public FundingLimits FundingLimits => new(SubsidyRatio, SubsidyCap);
}
