namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>市场判题 as its readers see it: the current round (1 from the award, one more per resumption), the date the
/// bureau last set, what the teams delivered and the funders' verdicts, every round.</summary>
public sealed record JudgementView(
    int Round, DateTimeOffset? DeliverBy, IReadOnlyList<DeliveryView> Deliveries, IReadOnlyList<VerdictView> Verdicts, IReadOnlyList<Resumption> Resumptions);

/// <summary>A delivery; its files are downloaded by the delivery's id and their number.</summary>
public sealed record DeliveryView(Guid Id, int Round, string Label, string Report, IReadOnlyList<DeliveredFileView> Files, DateTimeOffset At);

public sealed record DeliveredFileView(int Number, string FileName, string ContentType, long Size, string Sha256);

public sealed record VerdictView(
    int Round, string EnterpriseName, bool Accepted, string? Reason, string? Adopted, IReadOnlyList<TeamVerdictView> Teams, SiteValidation? Site,
    DateTimeOffset At);

public sealed record TeamVerdictView(string Label, bool Accepted, string? Note);
