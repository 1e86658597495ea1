using Marten.Events.Aggregation;

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

public sealed class MatchDetailsProjection : SingleStreamProjection<MatchDetails, Guid>
{
    public static MatchDetails Create(MatchFound e) => new()
    {
        Id = e.MatchId,
        SubjectKind = e.SubjectKind,
        SubjectId = e.SubjectId,
        SubjectTitle = e.SubjectTitle,
        SubjectOrganisationId = e.SubjectOrganisationId,
        SubjectOrganisationName = e.SubjectOrganisationName,
        SubjectDistrict = e.SubjectDistrict,
        CounterpartKind = e.CounterpartKind,
        CounterpartId = e.CounterpartId,
        CounterpartName = e.CounterpartName,
        CounterpartDistrict = e.CounterpartDistrict,
        ItemId = e.ItemId,
        ItemTitle = e.ItemTitle,
        Score = e.Score,
        Reasons = [.. e.Reasons],
        FoundAt = e.At,
        FoundFor = e.FoundFor,
    };

    public static void Apply(MatchAnswered e, MatchDetails details)
    {
        if (e.Side == MatchSide.Subject)
        {
            details.SubjectAnswer = e.Answer;
        }
        else
        {
            details.CounterpartAnswer = e.Answer;
        }
    }
}
