namespace TechMarket.Server.Modules.Bids;

/// <summary>Limits on uploads (configuration section <c>Attachments</c>).</summary>
public sealed class AttachmentOptions
{
    public const long MiB = 1024 * 1024;

    /// <summary>The largest single file.</summary>
    public long MaxFileBytes { get; set; } = 5 * MiB;

    /// <summary>Uploads an organisation may hold for one challenge, used in its bid or not.</summary>
    public int MaxFilesPerChallenge { get; set; } = 20;

    /// <summary>Bytes an organisation may hold for one challenge.</summary>
    public long MaxBytesPerChallenge { get; set; } = 50 * MiB;

    /// <summary>An upload no bid refers to is removed this long after it was uploaded.</summary>
    public int UnusedRetentionHours { get; set; } = 24;

    /// <summary>How often the sweeper looks for unused uploads.</summary>
    public int SweepMinutes { get; set; } = 15;
}
