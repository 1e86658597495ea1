namespace TechMarket.Server.Modules.Matching;

/// <summary>A match as both sides' lists and the bureau's reports read it.</summary>
public sealed class MatchDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public MatchSubjectKind SubjectKind { get; set; }

    public Guid SubjectId { get; set; }

    public string SubjectTitle { get; set; } = string.Empty;

    public Guid? SubjectOrganisationId { get; set; }

    public string SubjectOrganisationName { get; set; } = string.Empty;

    public string SubjectDistrict { get; set; } = string.Empty;

    public MatchCounterpartKind CounterpartKind { get; set; }

    public Guid CounterpartId { get; set; }

    public string CounterpartName { get; set; } = string.Empty;

    public string CounterpartDistrict { get; set; } = string.Empty;

    public Guid? ItemId { get; set; }

    public string? ItemTitle { get; set; }

    public decimal Score { get; set; }

    public List<MatchReason> Reasons { get; set; } = [];

    public MatchAnswer? SubjectAnswer { get; set; }

    public MatchAnswer? CounterpartAnswer { get; set; }

    public DateTimeOffset FoundAt { get; set; }

    /// <summary>The sequence of the event the match was computed for.</summary>
    public long FoundFor { get; set; }
}
