namespace TechMarket.Server.Modules.Achievements;

/// <summary>Settings of 先用后转 (section <c>Trials</c>).</summary>
public sealed class TrialOptions
{
    /// <summary>How often each node looks for trials that reached their end date.</summary>
    public double PollSeconds { get; set; } = 60;
}
