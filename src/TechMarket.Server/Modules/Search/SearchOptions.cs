namespace TechMarket.Server.Modules.Search;

/// <summary>Settings of the section "Search".</summary>
public sealed class SearchOptions
{
    /// <summary>Where this node keeps its index; relative paths are under the content root. Every node needs its own:
    /// a second process on the same directory is refused at start.</summary>
    public string IndexDirectory { get; set; } = ".data/search";

    /// <summary>How often the feeder looks for events it has not indexed yet, when it has nothing to do.</summary>
    public int PollMilliseconds { get; set; } = 50;

    /// <summary>Events read and committed to the index at a time.</summary>
    public int BatchSize { get; set; } = 2_000;
}
