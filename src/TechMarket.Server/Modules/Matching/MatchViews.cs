namespace TechMarket.Server.Modules.Matching;

/// <summary>A match as one of its sides sees it: its own answer, and whether the other side followed it up (never
/// whether it dismissed it — so no stream version either, which counts both sides' answers).</summary>
public sealed record MatchView(
    Guid Id, MatchSide Side, MatchSubjectKind SubjectKind, Guid SubjectId, string SubjectTitle, string SubjectOrganisationName, string SubjectDistrict,
    MatchCounterpartKind CounterpartKind, Guid CounterpartId, string CounterpartName, Guid? ItemId, string? ItemTitle, decimal Score,
    IReadOnlyList<MatchReason> Reasons, MatchAnswer? MyAnswer, bool OtherSideFollowedUp, DateTimeOffset FoundAt);

public enum MatchReportDirection
{
    /// <summary>For each university or institute, the enterprises it was matched with.</summary>
    UniversitiesToEnterprises,

    /// <summary>For each enterprise, the universities and institutes it was matched with.</summary>
    EnterprisesToUniversities,
}

public sealed record MatchReportPartner(Guid OrganisationId, string OrganisationName, int Matches, decimal BestScore, int FollowedUp);

public sealed record MatchReportRow(Guid OrganisationId, string OrganisationName, int Matches, IReadOnlyList<MatchReportPartner> Partners);

/// <summary>The bureau's two-way match report over the matches touching its jurisdiction (needs and achievements:
/// the three lists; challenges are the bureau's own and listed with it).</summary>
public sealed record MatchReport(MatchReportDirection Direction, IReadOnlyList<MatchReportRow> Rows);
